package org.pressstats.draft;

/** How near a metric word stands to a number it may name: its tier, a list head's reach, a later item's noun. */
final class MetricReach {

    private MetricReach() {
    }

    /** 0: same item; 1: the head of the list; 2: same clause or the one around its bracket; 3: elsewhere in the sentence. */
    static int tier(Sentence s, int at, int j) {
        if (s.sameItem(at, j) || s.sameClause(at, j) && s.inBulletLine(at)) {
            return 0; // «— фоторепортажей: 511;»: a list line is the number's own
        }
        if (at >= 2 && s.token(at - 1).is(":") && j < at - 1 && s.sameItem(j, at - 2) && s.sameClause(at, j)) {
            return 0; // «Публикации: 11 800; просмотры: 214 млн»: the label before its colon is the number's own
        }
        if (s.inHeadOf(j, at)) {
            return 1;
        }
        return s.inClauseAround(at, j) ? 2 : 3;
    }

    /** Each item from token {@code from} to {@code to} holds a number: a list of labelled numbers, not prose. */
    static boolean itemsOfNumbers(Sentence s, int from, int to) {
        boolean numbered = false;
        for (int i = from; i < to; i++) {
            if (i > from && !s.sameItem(i - 1, i)) {
                if (!numbered) {
                    return false;
                }
                numbered = false;
            }
            numbered |= s.numberAt(i) != null;
        }
        return true;
    }

    /** Token j is the noun a later sibling counts: «ВК – 12 300, ТГ – 7 450 подписчиков». */
    static boolean nounOfANumberBefore(Sentence s, int j, NumberMention number) {
        for (int k = j - 1; k > number.last() && k >= j - 3; k--) {
            if (s.numberAt(k) != null) {
                return true;
            }
        }
        return false;
    }
}
