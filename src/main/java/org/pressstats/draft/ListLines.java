package org.pressstats.draft;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The lines of a list in a sentence: where one opens or ends, and which line a nested one goes under. */
final class ListLines {

    private ListLines() {
    }

    /** «—», «•» or «1)» opening a line of a list. */
    static boolean opens(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        return t.isAnyOf("-–—•*·") || t.isDigits() && t.text().length() <= 2 && i + 1 < tokens.size()
                && tokens.get(i + 1).isAnyOf(").") && tokens.get(i + 1).adjacent();
    }

    /** A list line ends here: «Телеграм — 45 тыс.;» followed by a new line. */
    static boolean ends(List<Token> tokens, int i) {
        return i + 1 >= tokens.size() || tokens.get(i + 1).lineBreakBefore();
    }

    /** Each list line's marker indent, to find the line a nested one («  - факт: 1 127») goes under. */
    static final class Nesting {

        private final ArrayDeque<int[]> open = new ArrayDeque<>();
        private final Map<Integer, Integer> parents = new HashMap<>();

        /** The list line numbered {@code line} opens with this marker. */
        void open(int line, Token marker) {
            int indent = marker.gap().length() - marker.gap().lastIndexOf('\n') - 1;
            while (!open.isEmpty() && open.peek()[0] >= indent) {
                open.pop();
            }
            if (!open.isEmpty()) {
                parents.put(line, open.peek()[1]);
            }
            open.push(new int[] { indent, line });
        }

        /** The line a list line is nested under, or -1. */
        int parent(int line) {
            return parents.getOrDefault(line, -1);
        }
    }
}
