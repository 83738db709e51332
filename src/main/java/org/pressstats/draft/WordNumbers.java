package org.pressstats.draft;

import java.math.BigDecimal;
import java.util.List;

/** Numbers written in words: «сто сорок пять», «две тысячи триста», «три с половиной тысячи», «около полусотни». */
final class WordNumbers {

    private WordNumbers() {
    }

    /** «сто сорок пять», «две тысячи триста», «полторы тысячи», «полмиллиона», «более тысячи». */
    static NumberMention read(List<Token> tokens, int i) {
        Token first = tokens.get(i);
        if (NumberWords.isOneAndAHalf(first.lower())) {
            if (i + 1 < tokens.size() && tokens.get(i + 1).isWord() && NumberWords.scale(tokens.get(i + 1).lower()) > 0) {
                long factor = NumberWords.scale(tokens.get(i + 1).lower());
                return new NumberMention(i, i + 1, first.start(), tokens.get(i + 1).end(),
                        BigDecimal.valueOf(factor * 3 / 2), null, false, null, NumberMention.Shape.NUMBER);
            }
            return null;
        }
        long half = NumberWords.half(first.lower());
        if (half > 0) {
            return new NumberMention(i, i, first.start(), first.end(), BigDecimal.valueOf(half), null, false, null,
                    NumberMention.Shape.NUMBER);
        }
        NumberWords.Numeral numeral = NumberWords.of(first.lower());
        if (numeral == null || NumberWords.isOne(first.lower()) && !countsOne(tokens, i)) {
            return null;
        }
        if (numeral.rank() == NumberWords.Rank.SCALE && !loneScaleCounts(tokens, i)) {
            return null;
        }
        long total = 0;
        long current = 0;
        long halves = 0; // «три с половиной тысячи»
        NumberWords.Rank previous = null;
        int last = i - 1;
        for (int j = i; j < tokens.size(); j++) {
            Token t = tokens.get(j);
            if (previous != null && previous != NumberWords.Rank.SCALE && t.lower().equals("с") && j + 2 < tokens.size()
                    && tokens.get(j + 1).lower().equals("половиной") && NumberWords.scale(tokens.get(j + 2).lower()) > 0) {
                halves = NumberWords.scale(tokens.get(j + 2).lower()) / 2;
                j++;
                continue;
            }
            NumberWords.Numeral n = t.isWord() && (j == i || !t.lineBreakBefore()) ? NumberWords.of(t.lower()) : null;
            if (n != null && previous == NumberWords.Rank.SCALE && n.rank() == NumberWords.Rank.SCALE && current == 0
                    && total > 0 && total < 1000 && n.value() >= 1000) {
                total *= n.value(); // «более сотни тысяч», «два десятка тысяч»
                last = j;
                continue;
            }
            if (n == null || !follows(previous, n.rank())) {
                break;
            }
            if (n.rank() == NumberWords.Rank.SCALE) {
                total += (current == 0 ? 1 : current) * n.value() + halves;
                current = 0;
                halves = 0;
            } else {
                current += n.value();
            }
            previous = n.rank();
            last = j;
        }
        // «с начала года плюс тысяча восемьсот»; a sentence that opens with «Плюс сто сорок фотоотчётов» adds to the one before
        boolean plus = i > 1 && tokens.get(i - 1).lower().equals("плюс");
        return new NumberMention(plus ? i - 1 : i, last, plus ? tokens.get(i - 1).start() : first.start(), tokens.get(last).end(),
                BigDecimal.valueOf(total + current), null, plus, null, NumberMention.Shape.NUMBER);
    }

    /** «и один на YouTube» counts; «один из», «ни один», «один и тот же», «в один день» do not. */
    private static boolean countsOne(List<Token> tokens, int i) {
        String before = i > 0 ? tokens.get(i - 1).lower() : "";
        String after = i + 1 < tokens.size() ? tokens.get(i + 1).lower() : "";
        return (before.equals("и") || before.equals(",") || before.equals("—") || before.equals("–"))
                && !after.equals("из") && !after.equals("и") && !after.equals("раз");
    }

    /** Numerals run from larger ranks to smaller ones: «сто сорок пять», not «пять сто». */
    private static boolean follows(NumberWords.Rank previous, NumberWords.Rank next) {
        if (previous == null) {
            return true;
        }
        if (next == NumberWords.Rank.SCALE) {
            return previous != NumberWords.Rank.SCALE;
        }
        if (previous == NumberWords.Rank.SCALE) {
            return true;
        }
        return next.ordinal() < previous.ordinal() && !(previous == NumberWords.Rank.TEEN)
                && !(previous == NumberWords.Rank.TEN && next == NumberWords.Rank.TEEN);
    }

    /** «тысяча», «миллион» alone are one thousand, one million; «тысячи» alone only after «более», «около» …. */
    private static boolean loneScaleCounts(List<Token> tokens, int i) {
        String word = tokens.get(i).lower();
        if (word.equals("тысяча") || word.equals("тысячу") || word.equals("миллион") || word.equals("миллиард")) {
            return true;
        }
        return i > 0 && Precision.isQualifierWord(tokens.get(i - 1).lower());
    }
}
