package org.pressstats.draft;

/** A footnote's mark: right after a number («760(1)», «584¹⁾», «1 412*», «150**»), never part of it, or Markdown's «[^2]». */
final class Footnotes {

    private static final String SUPERSCRIPTS = "¹²³⁴⁵⁶⁷⁸⁹⁰⁾⁽*";

    private Footnotes() {
    }

    /** The token after a footnote's mark that starts at token i, touching the token before it; else -1. */
    static int markEnd(Sentence s, int i) {
        if (i == 0 || i >= s.size() || !s.token(i).adjacent()) {
            return -1;
        }
        int j = i;
        while (j < s.size() && s.token(j).text().length() == 1 && SUPERSCRIPTS.indexOf(s.token(j).text().charAt(0)) >= 0
                && (j == i || s.token(j).adjacent())) {
            j++;
        }
        if (j > i) {
            return j;
        }
        boolean bracketed = s.token(i).is("(") && i + 2 < s.size() && s.token(i + 1).isDigits()
                && s.token(i + 1).text().length() <= 2 && s.token(i + 1).adjacent() && s.token(i + 2).is(")")
                && s.token(i + 2).adjacent();
        return bracketed && s.token(i - 1).isDigits() ? i + 3 : -1;
    }

    /** The number is a footnote's own: the «1» of «760(1)», the «2» of a Markdown «[^2]». */
    static boolean isMark(Sentence s, NumberMention n) {
        boolean markdown = n.first() >= 2 && s.token(n.first() - 1).is("^") && s.token(n.first() - 2).is("[");
        return markdown || n.first() >= 2 && n.first() == n.last() && markEnd(s, n.first() - 1) == n.first() + 2;
    }
}
