package org.pressstats.draft;

import java.math.BigDecimal;

/**
 * A number as the text writes it: digits with thousands spaces, a decimal comma, a scale word
 * («25 тыс.», «1,5 млн»), words («сто сорок пять»), a sign («+5000») or a range («от 40 до 50»).
 *
 * @param first index of its first token in the sentence
 * @param last index of its last token in the sentence
 * @param start offset in the text
 * @param end offset after it in the text
 * @param value the number, or the lower bound of a range
 * @param upper the upper bound of a range, else null
 * @param plus written with a leading «+»
 * @param digits the digits as written when the number is a bare run of digits (a year looks like this), else null
 * @param shape a date or time is read as one mention so that its parts are not counted
 */
record NumberMention(int first, int last, int start, int end, BigDecimal value, BigDecimal upper, boolean plus,
        String digits, Shape shape) {

    enum Shape {
        NUMBER, DATE, TIME
    }

    boolean isRange() {
        return upper != null;
    }

    /** The same mention with its value multiplied: a table's «тыс.» written in another cell. */
    NumberMention times(long factor) {
        BigDecimal by = BigDecimal.valueOf(factor);
        return new NumberMention(first, last, start, end, value.multiply(by), upper == null ? null : upper.multiply(by), plus,
                null, shape);
    }

        boolean looksLikeYear() {
        return digits != null && digits.length() == 4 && value.intValue() >= 1900 && value.intValue() <= 2100 && upper == null;
    }
}
