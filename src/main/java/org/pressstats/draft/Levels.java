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
    record Named(Set<Owner> owners, Set<Platform> platforms, boolean accounts, boolean total) {
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
            return new Named(o, p, accounts || level.owner() != null || level.platform() != null, total);
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
        return new Named(owners, platforms, accounts, total);
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
        int[] segment = segment(s, at, counts);
        int elaborationEnd = elaborationEnd(s, at);
        for (int scope = 0; scope < 9; scope++) {
            // «общее число просмотров … на всех страницах главы»: no platform from further off than the total word
            boolean totalBefore = found.acrossAccounts;
            Set<T> values = new LinkedHashSet<>();
            for (int i = s.from(at); i < s.to(at); i++) {
                if (!inScope(s, scope, at, since, segment, elaborationEnd, i)) {
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
                found.total |= scope <= 4 && Lexicon.isTotalWord(s.token(i)) && !atTheYearsEnd(s, i);
                found.acrossAccounts |= scope <= 4 && Lexicon.isTotalOverAccounts(s.token(i));
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

    /**
     * The number's own part of its item when the item holds several numbers: «6 во «ВКонтакте» | и 2 в «Одноклассниках»»,
     * «в ВК 10 000 подписчиков | и в ТГ 5 000»; cut at «и», «а» or a comma between the numbers.
     */
    private static int[] segment(Sentence s, int at, Set<NumberMention> counts) {
        NumberMention self = s.numberAt(at);
        int from = 0;
        int to = s.size() - 1;
        for (NumberMention other : s.numbersNear(at)) {
            if (other == self || !counts.contains(other) || !s.sameItem(at, other.first())) {
                continue;
            }
            if (other.last() < at) {
                from = Math.max(from, cut(s, other.last() + 1, at, true));
            } else {
                to = Math.min(to, cut(s, self.last() + 1, other.first(), false) - 1);
            }
        }
        return new int[] { from, to };
    }

    /** The first (or last) «и», «а» or comma between two tokens, or the far end when there is none. */
    private static int cut(Sentence s, int from, int to, boolean last) {
        int found = last ? from : to;
        for (int i = from; i < to; i++) {
            Token t = s.token(i);
            if (t.lower().equals("и") || t.lower().equals("а") || t.is(",")) {
                if (!last) {
                    return i;
                }
                found = i + 1;
            }
        }
        return found;
    }

    /**
     * 0: the number's own part of its item; 1: its item; 2: the item after it when that says where all of it was
     * («шесть, все — во ВКонтакте»); 3: its clause since the previous counting number; 4: its clause (and the one
     * around its bracket) before it; 5: the head of its list; 6: the sentence before it, but for other items of
     * its list. Other numbers' items belong to them.
     */
    private static boolean inScope(Sentence s, int scope, int at, int since, int[] segment, int elaborationEnd, int i) {
        return switch (scope) {
            case 0 -> s.sameItem(at, i) && i >= segment[0] && i <= segment[1];
            case 1 -> s.sameItem(at, i);
            case 2 -> i > at && i < elaborationEnd && !s.sameItem(at, i);
            case 3 -> i >= since && i < at && s.sameClause(at, i);
            case 4 -> i < at && s.sameClause(at, i) && onOneLine(s, i, at); // «глава города — ВК 12 тыс., ТГ 10,2 тыс.»
            case 5 -> Neighbourhood.beforeItsBracket(s, at, i);
            case 6 -> i < at && s.inClauseAround(at, i);
            case 7 -> s.inHeadOf(i, at);
            default -> i < at && s.sameBulletOrIntro(at, i) && !(s.inListAfterHead(at, i) && !s.sameClause(at, i));
        };
    }

    /** No line break between tokens a and b (a before b). */
    private static boolean onOneLine(Sentence s, int a, int b) {
        for (int j = a + 1; j <= b; j++) {
            if (s.token(j).lineBreakBefore()) {
                return false;
            }
        }
        return true;
    }

    /** The end of the item after the number's own that says where all of it was: «шесть, все — во ВКонтакте». */
    private static int elaborationEnd(Sentence s, int at) {
        int next = at;
        while (next < s.size() && s.sameItem(at, next)) {
            next++;
        }
        if (next + 1 >= s.size() || !s.sameClause(at, next + 1) || !s.token(next + 1).lower().equals("все")) {
            return next;
        }
        int end = next;
        while (end < s.size() && s.sameItem(next, end)) {
            if (s.numberAt(end) != null) {
                return next;
            }
            end++;
        }
        return end;
    }
}
