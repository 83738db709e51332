package org.pressstats.draft;

/** A value the text itself corrects: «указано не 12 400, а 12 040», «прирост указан 4 500, верно – 5 400». */
final class Corrections {

    private static final int NEAR = 4;

    private Corrections() {
    }

    /** The number is the wrong value of a correction the text makes; the right one follows it. */
    static boolean isCorrected(Sentence s, NumberMention n) {
        int before = n.first() - 1;
        int after = n.last() + 1;
        if (before >= 0 && s.token(before).lower().equals("не") && after + 2 < s.size() && s.token(after).is(",")
                && s.token(after + 1).lower().equals("а") && s.numberAt(after + 2) != null) {
            return true; // «не 168, а 186»
        }
        boolean said = false;
        for (int i = before; i >= 0 && i >= n.first() - NEAR && !said; i--) {
            String w = s.token(i).lower();
            said = w.startsWith("указан") || w.equals("вместо") || w.startsWith("ошибочн");
        }
        for (int i = after; said && i < s.size() && i <= n.last() + NEAR; i++) {
            String w = s.token(i).lower();
            if (w.equals("верно") || w.equals("правильно") || w.equals("следует")) {
                return true; // «указан 4 500, верно – 5 400»
            }
        }
        return false;
    }
}
