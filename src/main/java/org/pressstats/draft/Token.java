package org.pressstats.draft;

/**
 * A word, a run of digits or a single sign of the text, with its place in it.
 *
 * @param start offset of the first char in the text
 * @param end offset after the last char
 * @param text the token as written
 * @param lower lower case, ё as е
 * @param stem the Russian stem of a word; the lower form of anything else
 * @param kind what the token is
 * @param gap the characters between the previous token and this one ("" when adjacent)
 */
record Token(int start, int end, String text, String lower, String stem, Kind kind, String gap) {

    enum Kind {
        WORD, DIGITS, SIGN
    }

    boolean isWord() {
        return kind == Kind.WORD;
    }

    boolean isDigits() {
        return kind == Kind.DIGITS;
    }

    boolean is(String sign) {
        return kind == Kind.SIGN && text.equals(sign);
    }

    boolean isAnyOf(String signs) {
        return kind == Kind.SIGN && signs.contains(text);
    }

    /** «|» or a tab between the cells of a table row; not a «|» in a quoted name (its stem says so). */
    boolean isColumnBreak() {
        return kind == Kind.SIGN && (stem.equals("|") || stem.equals("\t"));
    }

    boolean adjacent() {
        return gap.isEmpty();
    }

    boolean lineBreakBefore() {
        return gap.indexOf('\n') >= 0;
    }

    boolean isUpperCase() {
        return !text.isEmpty() && Character.isUpperCase(text.charAt(0));
    }
}
