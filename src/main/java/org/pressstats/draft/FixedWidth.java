package org.pressstats.draft;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A table typed to fixed widths with spaces («Показатель   янв  фев  мар …» over «Пресс-релизы   68   73  105 …»): three
 * or more lines in a row whose gaps line up, where two spaces part cells as three do elsewhere.
 */
final class FixedWidth {

    private static final int MIN_ROWS = 3;
    /** Gaps that stand at the same places in every line of the block: a table's, not prose typed with double spaces. */
    private static final int MIN_COLUMNS = 2;

    private FixedWidth() {
    }

    /** Where the lines of such tables start in the text. */
    static Set<Integer> rowStarts(String text) {
        Set<Integer> rows = new HashSet<>();
        List<int[]> block = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            if (gapped(text, start, end)) {
                block.add(new int[] { start, end });
            } else {
                close(text, block, rows);
            }
            start = end + 1;
        }
        close(text, block, rows);
        return rows;
    }

    /** A line without tabs or bars with at least two runs of two spaces between its words. */
    private static boolean gapped(String text, int start, int end) {
        int runs = 0;
        int first = start;
        while (first < end && text.charAt(first) == ' ') {
            first++;
        }
        for (int i = first; i < end; i++) {
            char c = text.charAt(i);
            if (c == '\t' || c == '|') {
                return false;
            }
            if (c == ' ' && i + 2 < end && text.charAt(i + 1) == ' ' && text.charAt(i - 1) != ' ') {
                int j = i;
                while (j < end && text.charAt(j) == ' ') {
                    j++;
                }
                runs += j < end ? 1 : 0;
            }
        }
        return runs >= 2;
    }

    private static void close(String text, List<int[]> block, Set<Integer> rows) {
        if (block.size() >= MIN_ROWS && alignedColumns(text, block) >= MIN_COLUMNS) {
            block.forEach(line -> rows.add(line[0]));
        }
        block.clear();
    }

    /** How many runs of places hold a space in every line of the block, after the deepest indent. */
    private static int alignedColumns(String text, List<int[]> block) {
        int width = Integer.MAX_VALUE;
        int indent = 0;
        for (int[] line : block) {
            width = Math.min(width, line[1] - line[0]);
            int first = line[0];
            while (first < line[1] && text.charAt(first) == ' ') {
                first++;
            }
            indent = Math.max(indent, first - line[0]);
        }
        int runs = 0;
        boolean inRun = false;
        for (int p = indent; p < width; p++) {
            boolean blank = true;
            for (int k = 0; k < block.size() && blank; k++) {
                blank = text.charAt(block.get(k)[0] + p) == ' ';
            }
            runs += blank && !inRun ? 1 : 0;
            inRun = blank;
        }
        return runs;
    }
}
