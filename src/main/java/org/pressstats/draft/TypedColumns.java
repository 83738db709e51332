package org.pressstats.draft;

/**
 * A table's column break typed as something else than a tab or «|»: a dot leader («Фоторепортажи ........ 248», «Telegram
 * …… 19 480»), the semicolon of a row pasted from a CSV file («Новости на сайте;1 912;2 204;») or three spaces and more
 * between the columns of a table aligned in a monospace font («Фоторепортажи        40         47»).
 */
final class TypedColumns {

    /** Fewer dots are an ellipsis («и т. д....» ends a sentence). */
    private static final int DOTS = 4;

    /** Semicolons without a space after them in a line that make it a CSV row. */
    private static final int SEMICOLONS = 2;
    /** Spaces between two columns of a monospace table, at least. */
    static final int GAP = 3;

    private TypedColumns() {
    }

    /** Where the leader that starts at {@code i} ends («. . . .» spaced dots included), or -1 when none starts there. */
    static int leaderEnd(String text, int i) {
        int end = -1;
        int dots = 0;
        for (int j = i; j < text.length(); j++) {
            char c = text.charAt(j);
            if (c == '.' || c == '…') {
                dots += c == '…' ? 3 : 1;
                end = j + 1;
            } else if (c != ' ' || j + 1 >= text.length() || !isDot(text.charAt(j + 1))) {
                break;
            }
        }
        return dots >= DOTS ? end : -1;
    }

    /** Whether a line is a CSV row: two semicolons or more with no space after them. */
    static boolean csvRow(String line) {
        int count = 0;
        for (int i = 0; i < line.length(); i++) {
            count += line.charAt(i) == ';' && (i + 1 == line.length() || line.charAt(i + 1) != ' ') ? 1 : 0;
        }
        return count >= SEMICOLONS;
    }

    /** Whether a semicolon at i in a CSV row separates its cells (one with a space after it is the text's own). */
    static boolean isSemicolonBreak(String text, int i, boolean csvRow) {
        return csvRow && text.charAt(i) == ';' && (i + 1 == text.length() || text.charAt(i + 1) != ' ');
    }

    /**
     * Where the run of spaces at i ends when it is a gap between columns (three or more, two in a fixed-width table's
     * line, inside a line without «|» or tabs, which are its columns then: «ВК       | 96 400»), else -1.
     */
    static int gapEnd(String text, int i, boolean otherColumns, boolean fixedWidth) {
        if (otherColumns || i == 0 || text.charAt(i) != ' ' || Character.isWhitespace(text.charAt(i - 1))) {
            return -1;
        }
        int end = i;
        while (end < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == '\u00A0')) {
            end++;
        }
        return end - i >= (fixedWidth ? 2 : GAP) && end < text.length() && !Character.isWhitespace(text.charAt(end)) ? end : -1;
    }

    /** «| Администрации преодолён порог …»: the only bar of a line, at its start, before words: a scan's speck, no column. */
    static boolean isStrayBar(String line, int bar) {
        return bar >= 0 && line.indexOf('|', bar + 1) < 0 && line.indexOf('\t') < 0 && line.substring(0, bar).isBlank()
                && line.length() > bar + 2 && line.charAt(bar + 1) == ' ' && Character.isLetter(line.charAt(bar + 2))
                && line.length() - bar > 40;
    }

    /** A table's row typed in text: cells apart by tabs, «|», a leader, CSV semicolons or a gap of spaces. */
    static boolean isRow(String line) {
        String content = line.strip();
        boolean bar = line.indexOf('|') >= 0 && !isStrayBar(line, line.indexOf('|'));
        if (line.indexOf('\t') >= 0 || bar || csvRow(content) || content.indexOf("   ") > 0) {
            return true;
        }
        for (int i = 0; i < line.length(); i++) {
            if (isDot(line.charAt(i))) {
                if (leaderEnd(line, i) > 0) {
                    return true;
                }
                while (i + 1 < line.length() && (isDot(line.charAt(i + 1)) || line.charAt(i + 1) == ' ')) {
                    i++;
                }
            }
        }
        return false;
    }

    private static boolean isDot(char c) {
        return c == '.' || c == '…';
    }
}
