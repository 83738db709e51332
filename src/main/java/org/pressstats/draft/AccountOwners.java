package org.pressstats.draft;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.pressstats.report.FigureDto;
import org.pressstats.report.Owner;
import org.pressstats.report.Platform;

/**
 * Whose accounts on each network the text names anywhere («Пресс-служба ведёт официальные группы Администрации во
 * «ВКонтакте» и «Одноклассниках»»): a figure of one network whose words name no owner is that owner's when the text
 * names one owner's accounts there and no other's.
 */
final class AccountOwners {

    private final Map<Platform, Set<Owner>> owners = new EnumMap<>(Platform.class);
    private final List<Integer> unowned = new ArrayList<>();

    /** A sentence read: the owners it names with the networks named in the same item, when it speaks of accounts. */
    void saw(Sentence s, Levels.Named named) {
        if (!named.accounts() || named.owners().isEmpty()) {
            return;
        }
        for (int i = 0; i < s.size(); i++) {
            Owner owner = s.owner(i);
            for (int j = s.from(i); owner != null && j < s.to(i); j++) {
                Platform p = s.sameItem(i, j) ? s.platform(j) : null;
                if (p != null) {
                    owners.computeIfAbsent(p, k -> EnumSet.noneOf(Owner.class)).add(owner);
                }
            }
        }
    }

    /** The figure at this index names a network and no owner, and its sentence spoke of no total. */
    void unowned(int figure) {
        unowned.add(figure);
    }

    /** The figures, each unowned one with the one owner the text gives its network, where no figure has that level yet. */
    List<FigureDto> settled(List<FigureDto> figures) {
        List<FigureDto> settled = new ArrayList<>(figures);
        for (int i : unowned) {
            FigureDto f = settled.get(i);
            Set<Owner> named = owners.getOrDefault(f.platform(), Set.of());
            if (named.size() != 1) {
                continue;
            }
            Owner owner = named.iterator().next();
            boolean taken = settled.stream().anyMatch(o -> o.metric().equals(f.metric()) && o.owner() == owner
                    && o.platform() == f.platform());
            if (!taken) {
                settled.set(i, new FigureDto(f.metric(), owner, f.platform(), f.value(), f.qualifier(), f.baseline(), f.note()));
            }
        }
        return List.copyOf(settled);
    }
}
