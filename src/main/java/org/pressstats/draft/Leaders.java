package org.pressstats.draft;

/** A dot leader («Фоторепортажи ........ 248», «Telegram …… 19 480»): a table's column break typed as a run of dots. */
final class Leaders {

    /** Fewer dots are an ellipsis («и т. д....» ends a sentence). */
    private static final int DOTS = 4;

    private Leaders() {
    }

    /** Where the leader that starts at {@code i} ends («. . . .» spaced dots included), or -1 when none starts there. */
    static int endOf(String text, int i) {
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

    /** A line with a leader in it: a table's row. */
    static boolean inLine(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (isDot(line.charAt(i))) {
                if (endOf(line, i) > 0) {
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
