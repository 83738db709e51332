package org.pressstats.draft;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.BiFunction;

import org.pressstats.report.Owner;
import org.pressstats.report.Platform;

/**
 * The level of a figure: whose accounts (owner) and where (platform). Looked for in the number's own item,
 * then the head of its list, its clause, its sentence; one name is the level, two or more named together
 * («администрации и мэра», «ТГ, ВК, ОК») make a total. Only the levels the metric has are kept (FigureReader).
 * A sentence that names no owner carries the previous sentence's single owner in the same paragraph; one that
 * names neither owner nor platform carries its platform too.
 */
final class Levels {

    /** A figure's level; null parts mean all owners or all platforms. */
    record Level(Owner owner, Platform platform) {
        Level withPlatform(Platform p) {
            return p == null ? this : new Level(owner, p);
        }
    }

    /** What a sentence names, for the next sentence to carry. */
    /** What a sentence names; channel: it speaks of a «канал», which a later sentence may name again without its network. */
    record Named(Set<Owner> owners, Set<Platform> platforms, boolean accounts, boolean total, boolean channel) {
        Owner singleOwner() {
            return accounts && owners.size() == 1 ? owners.iterator().next() : null;
        }

        Platform singlePlatform() {
            return accounts && platforms.size() == 1 ? platforms.iterator().next() : null;
        }

        /** What the sentence named, with the level its figures took from the sentence before where it named none. */
        Named carrying(Level level) {
            Set<Owner> o = owners.isEmpty() && level.owner() != null ? Set.of(level.owner()) : owners;
            Set<Platform> p = platforms.isEmpty() && level.platform() != null ? Set.of(level.platform()) : platforms;
            return new Named(o, p, accounts || level.owner() != null || level.platform() != null, total, channel);
        }
    }

    // narrower than Lexicon.isTotalWord, which also takes «по итогам» and «общественных» near a number
    private static final Set<String> SENTENCE_TOTALS = Set.of("всего", "итого", "сумме", "общее", "общая", "общий", "общего",
            "общей", "общим", "общему");

    private Levels() {
    }

    static Named named(Sentence s) {
        boolean accounts = speaksOfAccounts(s) || namesAnOwnerAlone(s);
        Set<Owner> owners = new LinkedHashSet<>();
        Set<Platform> platforms = new LinkedHashSet<>();
        if (accounts) {
            for (int i = 0; i < s.size(); i++) {
                Owner o = s.owner(i);
                if (o != null) {
                    owners.add(o);
                }
                Platform p = s.platform(i);
                if (p != null) {
                    platforms.add(p);
                }
            }
        }
        // «…, суммарно они собрали 148 млн просмотров»: a sentence that speaks of a total is not one account's
        boolean total = s.tokens.stream().anyMatch(t -> SENTENCE_TOTALS.contains(t.lower()) || t.lower().startsWith("суммарн")
                || t.lower().startsWith("совокупн"));
        return new Named(owners, platforms, accounts, total, s.tokens.stream().anyMatch(t -> t.lower().startsWith("канал")));
    }

    /** Words of a heading line that names an owner: «📌 Глава города», «Администрация». */
    private static final int OWNER_LINE_WORDS = 4;

    /** «📌 Глава города» over «ТГ → 7 320» / «ВК → 16,9к»: a short line of words that names an owner heads the lines under it. */
    private static boolean namesAnOwnerAlone(Sentence s) {
        if (s.size() == 0 || !s.token(s.size() - 1).isWord()) {
            return false;
        }
        int line = s.size() - 1; // the sentence's last line: «[27.12.2022 17:05] Даша SMM:» may stand above it
        while (line > 0 && !s.token(line).lineBreakBefore()) {
            line--;
        }
        boolean owner = false;
        int words = 0;
        for (int i = line; i < s.size(); i++) {
            Token t = s.token(i);
            if (s.numberAt(i) != null || t.isAnyOf(".!?;,")) {
                return false;
            }
            words += t.isWord() ? 1 : 0;
            owner |= s.owner(i) != null;
        }
        return owner && words <= OWNER_LINE_WORDS;
    }

    static boolean speaksOfAccounts(Sentence s) {
        for (Token t : s.tokens) {
            if (Lexicon.isAccountWord(t)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The level of the number at token {@code at}, given what the previous sentence of the paragraph named.
     * {@code since}: the first token after the previous number that counts something, so that «Телеграм-канал
     * администрации, созданный в марте, – более 4 тыс.» keeps its subject across the inserted clause.
     */
    static Level of(Sentence s, int at, int since, Set<NumberMention> counts, Named here, Named previous) {
        Found<Owner> owner = find(s, at, since, counts, Sentence::owner);
        Found<Platform> platform = find(s, at, since, counts, Sentence::platform);
        Owner o = owner.value;
        Platform p = platform.value;
        Owner eachOwner = Respectively.name(s, at, counts, Sentence::owner);
        Platform eachPlatform = Respectively.name(s, at, counts, Sentence::platform);
        if (eachOwner != null || eachPlatform != null) {
            return new Level(eachOwner != null ? eachOwner : o, eachPlatform != null ? eachPlatform : p);
        }
        if (previous != null && !owner.total && !here.total() && here.owners().isEmpty() && o == null) {
            o = previous.singleOwner();
        }
        if (previous != null && !platform.total && !here.total() && here.owners().isEmpty() && here.platforms().isEmpty()
                && p == null) {
            p = previous.singlePlatform();
        }
        // «Telegram-канал главы – 4 105 подписчиков.» / «В канале главы опубликовано 1 240 постов»: the channel just named
        if (previous != null && p == null && !platform.total && !here.total() && here.platforms().isEmpty() && here.channel()
                && previous.channel() && o != null && o == previous.singleOwner()) {
            p = previous.singlePlatform();
        }
        return new Level(o, p);
    }

    private static final class Found<T> {
        T value;
        boolean total;
        boolean acrossAccounts;
    }

    private static <T> Found<T> find(Sentence s, int at, int since, Set<NumberMention> counts,
            BiFunction<Sentence, Integer, T> name) {
        Found<T> found = new Found<>();
        int[] segment = LevelScopes.segment(s, at, counts);
        int elaborationEnd = LevelScopes.elaborationEnd(s, at);
        for (int scope = 0; scope < LevelScopes.SCOPES; scope++) {
            // «общее число просмотров … на всех страницах главы»: no platform from further off than the total word
            boolean totalBefore = found.acrossAccounts;
            Set<T> values = new LinkedHashSet<>();
            for (int i = s.from(at); i < s.to(at); i++) {
                if (!LevelScopes.inScope(s, scope, at, since, segment, elaborationEnd, i)) {
                    continue;
                }
                T value = name.apply(s, i);
                // «на сайте» names the website only for the number it stands with
                if (value == Platform.WEBSITE && scope > 2) {
                    value = null;
                }
                if (value != null) {
                    values.add(value);
                }
                // «общее», «всех», «совокупная»: a total, which the previous sentence's level must not narrow
                // («Всего в соцсетях опубликовано 5 900 постов, которые набрали 31,5 млн просмотров»)
                found.total |= scope <= 4 && Lexicon.isTotalWord(s.token(i)) && !atTheYearsEnd(s, i) && !ofThoseBefore(s, i);
                found.acrossAccounts |= scope <= 4 && Lexicon.isTotalOverAccounts(s.token(i)) && !ofThoseBefore(s, i);
            }
            if (values.size() == 1 && scope <= 1 && enumerated(s, at, name, values.iterator().next())) {
                found.total = true; // «Во всех Telegram-каналах — администрации, главы и учреждений — 24 600»: one of several
                return found;
            }
            if (values.size() == 1) {
                T value = values.iterator().next();
                found.value = totalBefore && value instanceof Platform ? null : value;
                return found;
            }
            if (values.size() > 1 && scope == 4) {
                T head = subHead(s, at, name);
                if (head != null) {
                    found.value = head; // «… сетях мэра: ВК – 5 230, ТГ – 1 870, в сетях администрации: ВК – 7 615, ОК – 3 380»
                    return found;
                }
            }
            if (values.size() > 1) {
                found.total = true;
                return found;
            }
        }
        return found;
    }

    /** The items before the number's own, back to one with a number, name other owners (or platforms) of a list it ends. */
    private static <T> boolean enumerated(Sentence s, int at, BiFunction<Sentence, Integer, T> name, T own) {
        int i = at;
        while (i > 0 && s.sameItem(at, i - 1)) {
            i--;
        }
        if (i == 0 || !s.token(i).is(",") || !s.sameClause(at, i - 1)) {
            return false;
        }
        boolean named = false;
        for (int j = i - 1; j >= s.from(at) && s.sameClause(at, j) && !s.token(j).is(":"); j--) {
            if (s.numberAt(j) != null) {
                return false;
            }
            T value = name.apply(s, j);
            named |= value != null && !value.equals(own);
        }
        return named;
    }

    /** «опубликовано 1 960 постов, суммарное количество их просмотров»: a total of the things just named, no other accounts. */
    private static boolean ofThoseBefore(Sentence s, int i) {
        for (int j = i + 1; j < s.size() && j <= i + 3; j++) {
            if (s.token(j).lower().equals("их") || s.token(j).lower().equals("этих")) {
                return true;
            }
        }
        return false;
    }

    /** «по итогам года»: a time, not a total. */
    private static boolean atTheYearsEnd(Sentence s, int i) {
        return i > 0 && s.token(i - 1).lower().equals("по") && s.token(i).lower().startsWith("итог");
    }

    /** The one value named by the words before the last colon ahead of the number in its clause, back to the item before. */
    private static <T> T subHead(Sentence s, int at, BiFunction<Sentence, Integer, T> name) {
        int colon = at - 1;
        while (colon >= 0 && s.sameClause(at, colon) && !s.token(colon).is(":")) {
            colon--;
        }
        if (colon < 0 || !s.sameClause(at, colon)) {
            return null;
        }
        Set<T> values = new LinkedHashSet<>();
        for (int i = colon - 1; i >= 0 && s.sameItem(colon - 1, i); i--) {
            T value = name.apply(s, i);
            if (value != null) {
                values.add(value);
            }
        }
        return values.size() == 1 ? values.iterator().next() : null;
    }
}
