package org.pressstats.draft;

import java.util.Set;

/** The parts of a sentence around a number where the words that name its level are looked for, nearest first. */
final class LevelScopes {

    /** How many scopes there are: {@link #inScope} takes 0 up to this less one. */
    static final int SCOPES = 9;

    private LevelScopes() {
    }

    /**
     * The number's own part of its item when the item holds several numbers: «6 во «ВКонтакте» | и 2 в «Одноклассниках»»,
     * «в ВК 10 000 подписчиков | и в ТГ 5 000»; cut at «и», «а» or a comma between the numbers.
     */
    static int[] segment(Sentence s, int at, Set<NumberMention> counts) {
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

    /**
     * The first «и», «а» or comma between two tokens, or the last one or line break, or the far end when there is none;
     * a segment after a separator starts past it, after a line break at the new line's first token (a tile's).
     */
    private static int cut(Sentence s, int from, int to, boolean last) {
        int found = last ? from : to;
        for (int i = from; i < to; i++) {
            Token t = s.token(i);
            boolean separator = t.lower().equals("и") || t.lower().equals("а") || t.is(",");
            if (separator || last && i > from && t.lineBreakBefore()) { // «🎬 17 прямых эфиров во ВКонтакте» / «🎬 9 …»
                if (!last) {
                    return i;
                }
                found = separator ? i + 1 : i;
            }
        }
        return found;
    }

    /**
     * 0: the number's own part of its item; 1: its item; 2: the item after it when that says where all of it was
     * («шесть, все — во ВКонтакте»); 3: its clause since the previous counting number; 4: its clause before it, on the
     * number's line; 5: the item right before its bracket; 6: its clause and the one around its bracket, before it; 7: the head
     * of its list; 8: its list line, the line that one is nested under and the lines before the list, but for other
     * items of its list. Other numbers' items belong to them.
     */
    static boolean inScope(Sentence s, int scope, int at, int since, int[] segment, int elaborationEnd, int i) {
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
    static int elaborationEnd(Sentence s, int at) {
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
