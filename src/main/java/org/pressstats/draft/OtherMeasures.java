package org.pressstats.draft;

/** Reach, share, rating, engagement: what a number measures of posts and accounts that is no count of them. */
final class OtherMeasures {

    private OtherMeasures() {
    }

    /** «…, суммарный охват составил 3,1 млн пользователей»: the number's clause measures reach before any metric's word. */
    static Token ofTheClause(Sentence s, NumberMention number, MetricCatalog catalog) {
        for (int j = number.first() - 1; j >= 0 && s.sameClause(number.first(), j); j--) {
            Token t = s.token(j);
            if (t.isWord() && catalog.isKeyword(t.stem()) || s.numberAt(j) != null) {
                return null; // «в среднем 1,3 тыс в день, за год около 410 тыс.»: the measure is the number's before
            }
            if (t.isWord() && Lexicon.isOtherMeasure(t)) {
                return t;
            }
        }
        return null;
    }

    /** «охват публикаций», «доля публикаций»: the number measures something else of the metric's things. */
    static Token before(Sentence s, int head) {
        for (int j = head - 1; j >= 0 && j >= head - 3 && s.sameItem(head, j); j--) {
            Token t = s.token(j);
            if (!t.isWord() || Lexicon.looksAdjective(t)) {
                continue;
            }
            return Lexicon.isOtherMeasure(t) ? t : null;
        }
        return null;
    }
}
