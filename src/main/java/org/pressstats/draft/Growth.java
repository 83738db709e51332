package org.pressstats.draft;

import java.util.List;
import java.util.Set;

import org.pressstats.metric.MetricKind;

/** A number that is a change rather than a level, and the growth metric that goes with it. */
final class Growth {

    private static final Set<String> GROWTH_STEMS = Set.of("рост", "прирост", "выросл", "вырос", "увелич", "прибав", "прирос",
            "увеличен", "добав", "присоедин"); // «с начала года к нему присоединились 1 140 человек»

    private static final Set<String> COMPARATIVES = Set.of("больше", "меньше");
    /** Words of a fall: «снизилось на 400», «сократилась на 5 тыс.», «отписались 250 человек», «снижение на 3 %». */
    private static final List<String> DECREASE_STARTS = List.of("снизил", "снижен", "сократил", "сокращен", "уменьшил",
            "уменьшен", "упал", "отписал", "потерял", "убыл");

    private Growth() {
    }

    /** «рост», «прирост», «увеличилась»: a word of a change. */
    static boolean isChangeWord(Token t) {
        return t.isWord() && GROWTH_STEMS.contains(t.stem());
    }

    /**
     * A change rather than a level: «+5000», «выросло на 8 тысяч», «прирост … составил»; «выросло до 25 тыс.» is the
     * level reached.
     */
    static Boolean wording(Sentence s, NumberMention number) {
        if (number.plus()) {
            return true;
        }
        boolean byHowMuch = false;
        for (int j = number.first() - 1; j >= 0 && j >= number.first() - 16 && s.sameItem(number.first(), j); j--) {
            NumberMention other = s.numberAt(j);
            if (other != null && (other.looksLikeYear() || OtherYear.isSpanOfYears(s, other))) {
                j = other.first(); // «Рост … по сравнению с 2021 годом составляет 13,2 тысячи»: a year is no other number
                continue;
            }
            if (other != null) {
                break; // «прибавило 9 200 подписчиков и насчитывает 83 400»: the verb is the other number's
            }
            Token t = s.token(j);
            if (t.lower().equals("и") && j + 1 < number.first() && Lexicon.looksVerb(s.token(j + 1))) {
                break; // «увеличилось вдвое и составляет 18,2 тыс.»: a second verb, of the level
            }
            if (t.lower().equals("до") && j >= number.first() - 2) {
                return false;
            }
            byHowMuch |= t.lower().equals("на") && j >= number.first() - 2;
            if (t.isWord() && GROWTH_STEMS.contains(t.stem())
                    || byHowMuch && comparesBy(s.tokens, j)) {
                return true; // «выросла на 7 тыс.», «стало больше на 18 тыс.»
            }
        }
        if (byHowMuch && comparativeAfter(s, number) != null) {
            return true; // «на 18 тыс. больше, чем на начало года»
        }
        // «аудитория мэра выросла на 7 тысяч, администрации – на 4,5 тыс.»: the verb stands once for the whole list
        if (byHowMuch) {
            for (int j = 0; j < number.first(); j++) {
                if (s.sameClause(number.first(), j) && s.token(j).isWord() && GROWTH_STEMS.contains(s.token(j).stem())) {
                    return true;
                }
            }
        }
        return null;
    }

    /** A change down: a verb of a fall before the number, «меньше на 300» or «на 300 меньше». */
    static boolean decrease(Sentence s, NumberMention number) {
        for (int j = number.first() - 1; j >= 0 && j >= number.first() - 6 && s.sameItem(number.first(), j); j--) {
            if (s.numberAt(j) != null) {
                break;
            }
            String w = s.token(j).lower();
            if (DECREASE_STARTS.stream().anyMatch(w::startsWith) || w.equals("меньше") && comparesBy(s.tokens, j)) {
                return true;
            }
        }
        boolean by = number.first() > 0 && s.token(number.first() - 1).lower().equals("на");
        return by && "меньше".equals(comparativeAfter(s, number));
    }

    /** «больше на», «меньше на» at token i: by how much a figure changed, not a bound of it. */
    static boolean comparesBy(List<Token> tokens, int i) {
        return COMPARATIVES.contains(tokens.get(i).lower()) && i + 1 < tokens.size() && tokens.get(i + 1).lower().equals("на");
    }

    /** «больше» or «меньше» right after the number and its noun, or null. */
    private static String comparativeAfter(Sentence s, NumberMention number) {
        for (int j = number.last() + 1; j < s.size() && j <= number.last() + 3 && s.sameItem(number.first(), j); j++) {
            if (COMPARATIVES.contains(s.token(j).lower())) {
                return s.token(j).lower();
            }
            if (!s.token(j).isWord()) {
                return null;
            }
        }
        return null;
    }

    /** The metric adjusted to the wording: a level metric read as a change becomes its growth metric, and back. */
    static String adjust(MetricCatalog catalog, String code, Boolean growth) {
        if (growth == null || code == null) {
            return code;
        }
        boolean isGrowth = catalog.kind(code) == MetricKind.GROWTH;
        if (growth && !isGrowth) {
            return catalog.growthOf(code);
        }
        if (!growth && isGrowth) {
            String level = catalog.levelOf(code);
            return level != null ? level : code;
        }
        return code;
    }
}
