package org.pressstats.draft;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Finds the numbers of one sentence's tokens, in the ways Russian reports write them. */
final class NumberReader {

    private static final String SPACES = " \u00A0\u202F\u2009\u2007";
    private static final String DASHES = "-–—‒";

    private NumberReader() {
    }

    static List<NumberMention> read(List<Token> tokens) {
        List<NumberMention> found = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            NumberMention mention = single(tokens, i);
            if (mention == null) {
                i++;
                continue;
            }
            mention = range(tokens, mention);
            found.add(mention);
            i = mention.last() + 1;
        }
        shareScales(tokens, found);
        TableUnits.scale(tokens, found);
        return found;
    }

    /** «45 и 20 тыс.», «12, 30 и 45 тыс.»: the scale written once belongs to the bare numbers listed before it. */
    private static void shareScales(List<Token> tokens, List<NumberMention> found) {
        BigDecimal factor = null;
        for (int k = found.size() - 1; k >= 0; k--) {
            NumberMention m = found.get(k);
            // digits with no scale of their own and below a thousand: «45», «3,1»
            boolean bare = isBare(m, tokens) && !m.plus() && m.value().compareTo(BigDecimal.valueOf(1000)) < 0;
            boolean listed = k + 1 < found.size() && found.get(k + 1).first() == m.last() + 2
                    && (tokens.get(m.last() + 1).lower().equals("и") || tokens.get(m.last() + 1).is(","));
            if (bare && listed && factor != null) {
                found.set(k, m.times(factor.longValueExact()));
                continue; // the factor goes on to the number before: «12, 30 и 45 тыс.»
            }
            factor = m.shape() == NumberMention.Shape.NUMBER && !m.isRange() ? scaleOf(m, tokens) : null;
        }
    }

    /** One number starting at token i (no ranges), or null. */
    private static NumberMention single(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (t.isDigits()) {
            return digits(tokens, i);
        }
        if (t.isWord()) {
            return WordNumbers.read(tokens, i);
        }
        return null;
    }

    private static final Set<String> CASE_ENDINGS = Set.of("х", "ух", "ех", "ти", "ми");

    private static NumberMention digits(List<Token> tokens, int i) {
        NumberMention dateOrTime = dateOrTime(tokens, i);
        if (dateOrTime != null) {
            return dateOrTime;
        }
        Token first = tokens.get(i);
        StringBuilder number = new StringBuilder(first.text());
        int last = i;
        boolean grouped = false;
        if (first.text().length() <= 3) {
            while (last + 1 < tokens.size() && tokens.get(last + 1).isDigits() && tokens.get(last + 1).text().length() == 3
                    && (isThousandsSpace(tokens.get(last + 1).gap()) || wrappedAt(tokens, last + 1))) {
                last++;
                number.append(tokens.get(last).text());
                grouped = true;
            }
        }
        // «2.315 пресс-релизов», «10.000.000», «ОК- 2,870» typed in a hurry: dots or commas between groups of three, with
        // no scale or per cent after, group thousands (a count has no thousandths)
        String separator = last + 1 < tokens.size() && tokens.get(last + 1).isAnyOf(".,") ? tokens.get(last + 1).text() : null;
        boolean dotted = false;
        while (!grouped && first.text().length() <= 3 && separator != null && group(tokens, last, separator)
                && scale(tokens, last + 2) == null && !(last + 3 < tokens.size() && tokens.get(last + 3).is("%"))) {
            number.append(tokens.get(last + 2).text());
            last += 2;
            dotted = true;
        }
        grouped |= dotted;
        if (last + 2 < tokens.size() && tokens.get(last + 1).isAnyOf(",.") && tokens.get(last + 1).adjacent()
                && tokens.get(last + 2).isDigits() && tokens.get(last + 2).adjacent()) {
            number.append('.').append(tokens.get(last + 2).text());
            last += 2;
            grouped = true;
        }
        if (last + 2 < tokens.size() && tokens.get(last + 1).is("-") && tokens.get(last + 1).adjacent()
                && tokens.get(last + 2).adjacent() && CASE_ENDINGS.contains(tokens.get(last + 2).lower())) {
            last += 2; // «более 2-х тысяч», «5-ти пресс-конференций»: a case ending, not an ordinal's
        }
        BigDecimal value = new BigDecimal(number.toString());
        // «за год плюс 1 800»; a sentence that opens with «Плюс 140 фотоотчётов» adds to the one before
        boolean plus = i > 0 && (tokens.get(i - 1).is("+") && first.adjacent() || i > 1 && tokens.get(i - 1).lower().equals("плюс"));
        int start = plus ? tokens.get(i - 1).start() : first.start();
        int firstIndex = plus ? i - 1 : i;
        Scaled scaled = scale(tokens, last);
        if (scaled != null) {
            BigDecimal whole = value.multiply(BigDecimal.valueOf(scaled.factor));
            NumberMention rest = lowerOrder(tokens, scaled);
            if (rest != null) { // «6 тыс. 450», «1 млн 200 тыс.»
                return new NumberMention(firstIndex, rest.last(), start, rest.end(), whole.add(rest.value()), null, plus, null,
                        NumberMention.Shape.NUMBER);
            }
            return new NumberMention(firstIndex, scaled.last, start, scaled.end, whole, null, plus, null, NumberMention.Shape.NUMBER);
        }
        return new NumberMention(firstIndex, last, start, tokens.get(last).end(), value, null, plus,
                grouped ? null : first.text(), NumberMention.Shape.NUMBER);
    }

    /** The separator right after token {@code last} and three digits after it, all written together. */
    private static boolean group(List<Token> tokens, int last, String separator) {
        return last + 2 < tokens.size() && tokens.get(last + 1).is(separator) && tokens.get(last + 1).adjacent()
                && tokens.get(last + 2).isDigits() && tokens.get(last + 2).text().length() == 3 && tokens.get(last + 2).adjacent();
    }

    private static final Set<String> DATE_PREPOSITIONS = Set.of("на", "с", "по", "до", "от", "к");

    /** 15.03.2023, 01.01.23 and 10:00 are read whole, so that none of their parts passes for a count. */
    private static NumberMention dateOrTime(List<Token> tokens, int i) {
        Token d = tokens.get(i);
        if (d.text().length() > 2 || i + 2 >= tokens.size() || !tokens.get(i + 2).isDigits()
                || !tokens.get(i + 1).adjacent() || !tokens.get(i + 2).adjacent()) {
            return null;
        }
        if (tokens.get(i + 1).is(":") && tokens.get(i + 2).text().length() == 2) {
            return new NumberMention(i, i + 2, d.start(), tokens.get(i + 2).end(), new BigDecimal(d.text()), null, false, null,
                    NumberMention.Shape.TIME);
        }
        if (tokens.get(i + 1).is(".") && tokens.get(i + 2).text().length() <= 2 && i + 4 < tokens.size()
                && tokens.get(i + 3).is(".") && tokens.get(i + 3).adjacent() && tokens.get(i + 4).isDigits()
                && tokens.get(i + 4).adjacent() && (tokens.get(i + 4).text().length() == 2 || tokens.get(i + 4).text().length() == 4)) {
            return new NumberMention(i, i + 4, d.start(), tokens.get(i + 4).end(), new BigDecimal(d.text()), null, false, null,
                    NumberMention.Shape.DATE);
        }
        // «Аккаунт ⇥ 31.03 ⇥ 30.06»: a header's dates
        boolean aloneInACell = i > 0 && tokens.get(i - 1).isColumnBreak() && (i + 3 >= tokens.size()
                || tokens.get(i + 3).isColumnBreak() || tokens.get(i + 3).lineBreakBefore());
        if (tokens.get(i + 1).is(".") && isDayAndMonth(d.text(), tokens.get(i + 2).text()) && (i > 0
                && DATE_PREPOSITIONS.contains(tokens.get(i - 1).lower()) || aloneInACell)
                && (i + 3 >= tokens.size() || NumberWords.scale(tokens.get(i + 3).lower()) == 0)) {
            return new NumberMention(i, i + 2, d.start(), tokens.get(i + 2).end(), new BigDecimal(d.text()), null, false, null,
                    NumberMention.Shape.DATE); // «Подписчики на 31.12», «Δ с 01.01»: a day and a month
        }
        return null;
    }

    private static boolean isDayAndMonth(String day, String month) {
        return month.length() == 2 && Integer.parseInt(day) >= 1 && Integer.parseInt(day) <= 31
                && Integer.parseInt(month) >= 1 && Integer.parseInt(month) <= 12;
    }

    private record Scaled(long factor, int last, int end) {
    }

    /** «тыс.», «тысяч», «млн», «миллиона», «К» … right after the number at token {@code last}. */
    private static Scaled scale(List<Token> tokens, int last) {
        if (last + 1 >= tokens.size() || !tokens.get(last + 1).isWord() || tokens.get(last + 1).lineBreakBefore()) {
            return null;
        }
        Token word = tokens.get(last + 1);
        long factor = NumberWords.scale(word.lower());
        if (factor == 0 && word.adjacent() && (word.lower().equals("к") || word.lower().equals("k"))) {
            factor = 1_000L; // «12К постов», «12k»
        }
        if (factor == 0) {
            return null;
        }
        int end = word.end();
        int lastIndex = last + 1;
        if (NumberWords.isScaleAbbreviation(word.lower()) && lastIndex + 1 < tokens.size() && tokens.get(lastIndex + 1).is(".") && tokens.get(lastIndex + 1).adjacent()) {
            lastIndex++;
            end = tokens.get(lastIndex).end();
        }
        return new Scaled(factor, lastIndex, end);
    }

    /** The digits right after «тыс.» or «млн» that fill its lower places («6 тыс. 450»), or null. */
    private static NumberMention lowerOrder(List<Token> tokens, Scaled scaled) {
        int j = scaled.last + 1;
        if (j >= tokens.size() || !tokens.get(j).isDigits() || tokens.get(j).lineBreakBefore() || tokens.get(j).gap().isEmpty()) {
            return null;
        }
        NumberMention rest = digits(tokens, j);
        boolean whole = rest.shape() == NumberMention.Shape.NUMBER && rest.value().stripTrailingZeros().scale() <= 0;
        return whole && rest.value().signum() > 0 && rest.value().compareTo(BigDecimal.valueOf(scaled.factor)) < 0 ? rest : null;
    }

    /** «от 40 до 50», «40–50», «40-50 тыс.»: one mention with both bounds. */
    private static NumberMention range(List<Token> tokens, NumberMention low) {
        if (low.shape() != NumberMention.Shape.NUMBER) {
            return low;
        }
        int next = low.last() + 1;
        boolean fromTo = low.first() > 0 && tokens.get(low.first() - 1).lower().equals("от")
                && next < tokens.size() && tokens.get(next).lower().equals("до");
        boolean dash = next < tokens.size() && tokens.get(next).isAnyOf(DASHES) && !tokens.get(next).lineBreakBefore()
                && (tokens.get(next).adjacent() || low.digits() == null || next + 1 < tokens.size() && tokens.get(next + 1).adjacent());
        if (!fromTo && !dash || next + 1 >= tokens.size()) {
            return low;
        }
        NumberMention high = single(tokens, next + 1);
        if (high == null || high.shape() != NumberMention.Shape.NUMBER || high.plus()) {
            return low;
        }
        BigDecimal lowValue = low.value();
        if (high.digits() == null && low.digits() != null && high.value().compareTo(lowValue) > 0) {
            // «от 40 до 50 тыс.»: the scale written once belongs to both bounds when that keeps them in order
            BigDecimal factor = scaleOf(high, tokens);
            if (factor != null && lowValue.multiply(factor).compareTo(high.value()) <= 0) {
                lowValue = lowValue.multiply(factor);
            }
        }
        if (high.value().compareTo(lowValue) <= 0) {
            return low;
        }
        int start = fromTo ? tokens.get(low.first() - 1).start() : low.start();
        int first = fromTo ? low.first() - 1 : low.first();
        String digits = low.looksLikeYear() && high.looksLikeYear() ? low.digits() : null;
        return new NumberMention(first, high.last(), start, high.end(), lowValue, high.value(), low.plus(), digits, NumberMention.Shape.NUMBER);
    }

    /** Digits with no scale of their own, no range and no year: a number a scale written elsewhere may scale. */
    static boolean isBare(NumberMention m, List<Token> tokens) {
        return m.shape() == NumberMention.Shape.NUMBER && tokens.get(m.first()).isDigits() && scaleOf(m, tokens) == null
                && !m.isRange() && !m.looksLikeYear();
    }

    /** The factor of the scale word a number is written with («25 тыс.»), or null. */
    static BigDecimal scaleOf(NumberMention mention, List<Token> tokens) {
        for (int j = mention.first(); j <= mention.last(); j++) {
            long factor = NumberWords.scale(tokens.get(j).lower());
            if (factor > 0) {
                return BigDecimal.valueOf(factor);
            }
        }
        return null;
    }

    /** «передала в СМИ 1» / «284 информационных сообщения»: a number that a hard wrap broke at its thousands. */
    private static boolean wrappedAt(List<Token> tokens, int i) {
        return tokens.get(i).gap().equals("\n") && i + 1 < tokens.size() && tokens.get(i + 1).isWord()
                && !tokens.get(i + 1).lineBreakBefore() && tokens.get(i - 1).text().length() <= 3 && i >= 2
                && tokens.get(i - 2).isWord() && !tokens.get(i - 2).lineBreakBefore() && !tokens.get(i - 1).lineBreakBefore();
    }

    private static boolean isThousandsSpace(String gap) {
        return gap.length() == 1 && SPACES.indexOf(gap.charAt(0)) >= 0;
    }
}
