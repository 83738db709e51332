package org.pressstats.draft;

import java.util.List;

/**
 * Which of the catalog's phrases a metric word stands for: the one whose other stems stand nearest in its item, its
 * list head or its clause before it, not in another number's words nor in another hyphenated word.
 */
final class PhraseChoice {

    private final MetricCatalog catalog;

    PhraseChoice(MetricCatalog catalog) {
        this.catalog = catalog;
    }

    /**
     * The metric named at token {@code anchor}: of the phrases with its stem whose other stems stand in the same
     * item (or the list head), the one with the most stems; the nearer one on a tie, then catalog order.
     */
    String choose(Sentence s, int anchor) {
        String stem = catalog.keyStem(s.token(anchor).stem());
        MetricCatalog.Phrase best = null;
        int bestSpread = Integer.MAX_VALUE;
        for (MetricCatalog.Phrase phrase : catalog.phrasesWith(stem)) {
            if (inAnotherCompound(s, anchor, phrase)) {
                continue; // «сотрудников пресс-службы»: its «пресс» is not that of «пресс-мероприятие»
            }
            int spread = spread(s, anchor, phrase);
            if (spread < 0) {
                continue;
            }
            if (best == null || phrase.stems().size() > best.stems().size()
                    || phrase.stems().size() == best.stems().size() && spread < bestSpread) {
                best = phrase;
                bestSpread = spread;
            }
        }
        return best == null ? null : best.code();
    }

    /** Token i is in a bracket that says what the bracketed numbers are: «(в скобках — прирост с начала года)». */
    static boolean inALegend(Sentence s, int i) {
        int open = i;
        while (open > 0 && s.bracket(open - 1) == s.bracket(i) && s.bracket(i) >= 0) {
            open--;
        }
        open += s.token(open).isAnyOf("([") ? 1 : 0;
        return s.bracket(i) >= 0 && open + 1 < s.size() && s.token(open).lower().equals("в")
                && s.token(open + 1).lower().startsWith("скобк");
    }

    /**
     * How far the phrase's other stems stand from the anchor, or -1 when one is missing from its item, its list head and
     * its clause before it («новостей, их просмотрели»; a later item is another number's: «…подписчиков, рост – на 35 тыс.»).
     */
    private int spread(Sentence s, int anchor, MetricCatalog.Phrase phrase) {
        boolean refersBack = false; // «…новостей; их просмотрели 4,1 млн раз»
        for (int i = s.from(anchor); i < s.to(anchor); i++) {
            refersBack |= s.sameItem(anchor, i) && MetricFinder.PRONOUNS.contains(s.token(i).lower());
        }
        int spread = 0;
        for (String other : phrase.stems()) {
            List<Integer> near = s.positionsNear(other, anchor, 15);
            if (near.contains(anchor)) {
                continue;
            }
            int nearest = Integer.MAX_VALUE;
            for (int p : near) {
                if (p > anchor && Neighbourhood.numberBetween(s, anchor, p)) {
                    continue; // «2 000 ответов на вопросы жителей и 640 ответов на запросы СМИ»: the other number's words
                }
                if (p < anchor && !s.sameItem(p, anchor) && ownNumberAfter(s, p, anchor)) {
                    continue; // «…, прирост за год 3 410;\n ВКонтакте (глава): 11 020 подписчиков»: «прирост» was the 3 410's
                }
                if (inAnotherCompound(s, p, phrase)) {
                    continue; // «Пресс-служба … на 160 мероприятиях»: «пресс» of «пресс-служба» is not that of «пресс-мероприятие»
                }
                if (inALegend(s, p) && s.bracket(anchor) < 0) {
                    continue; // «(в скобках — прирост с начала года)» speaks of the bracketed numbers only
                }
                if (p < anchor - 1 && !s.sameItem(p, anchor) && Neighbourhood.modifiesAnother(s, p, anchor)) {
                    continue; // «34 новых госпаблика, … 58 тыс. подписчиков»: «новых» is the public pages', not «новый подписчик»
                }
                if (Math.abs(p - anchor) <= 15 && (s.sameItem(anchor, p) || s.inHeadOf(p, anchor)
                        || p < anchor && (s.sameClause(anchor, p) || refersBack))) {
                    nearest = Math.min(nearest, Math.abs(p - anchor));
                }
            }
            if (nearest == Integer.MAX_VALUE) {
                return -1;
            }
            spread = Math.max(spread, nearest);
        }
        return spread;
    }

    /** Whether a number after token p and before the anchor stands in p's own item: p's word is that number's. */
    private static boolean ownNumberAfter(Sentence s, int p, int anchor) {
        for (int k = p + 1; k < anchor; k++) {
            if (s.numberAt(k) != null && s.sameItem(p, k)) {
                return true;
            }
        }
        return false;
    }

    /** Whether token p is a part of a hyphenated word whose other part is none of the phrase's stems. */
    private boolean inAnotherCompound(Sentence s, int p, MetricCatalog.Phrase phrase) {
        boolean before = p + 2 < s.size() && s.token(p + 1).is("-") && s.token(p + 1).adjacent() && s.token(p + 2).adjacent()
                && s.token(p + 2).isWord() && !isOf(phrase, s.token(p + 2));
        boolean after = p >= 2 && s.token(p - 1).is("-") && s.token(p - 1).adjacent() && s.token(p).adjacent()
                && s.token(p - 2).isWord() && !isOf(phrase, s.token(p - 2));
        return before || after;
    }

    /** Whether a word stands for one of the phrase's stems (as the catalog matches stems). */
    private boolean isOf(MetricCatalog.Phrase phrase, Token word) {
        String key = catalog.keyStem(word.stem());
        return key != null && phrase.stems().contains(key);
    }
}
