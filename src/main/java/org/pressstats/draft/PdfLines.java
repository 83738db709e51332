package org.pressstats.draft;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Lines as a PDF draws them, back into paragraphs: a line that runs to the right edge of the text goes on in the
 * next one, unless that one is a list item, is indented, or stands apart; page numbers and a running head repeated
 * at the top or bottom of later pages are left out.
 */
final class PdfLines {

    /** One drawn line: its text, where it starts and ends across the page, its baseline, its font's size, bold. */
    record PdfLine(String text, float left, float right, float top, float size, boolean bold) {
    }

    /** A page's lines, top to bottom, and its width. */
    record PdfPage(List<PdfLine> lines, float width) {
    }

    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "[-–—\\s]*\\d{1,4}[-–—\\s]*|(?iu)(стр\\.?|страница|page)\\s*\\d{1,4}(\\s*(из|of|/)\\s*\\d{1,4})?|\\d{1,4}\\s*(из|/)\\s*\\d{1,4}");
    private static final Pattern LIST_ITEM = Pattern.compile("([-–—•·▪●■◦*]|\\d{1,2}(\\.\\d{1,2})*[.)]|[а-яa-z]\\))(\\s.*|$)");

    private PdfLines() {
    }

    static String join(List<PdfPage> pages) {
        List<List<PdfLine>> kept = new ArrayList<>();
        pages.forEach(p -> kept.add(new ArrayList<>(p.lines())));
        dropPageFurniture(kept);
        List<PdfLine> body = new ArrayList<>();
        List<Page> of = new ArrayList<>();
        for (int p = 0; p < kept.size(); p++) {
            List<PdfLine> lines = kept.get(p);
            Page page = Page.of(lines, pages.get(p).width());
            for (PdfLine line : lines) {
                body.add(line);
                of.add(page);
            }
        }
        StringBuilder text = new StringBuilder();
        boolean list = false; // lines under a line that ends with a colon, until a gap or a paragraph
        for (int i = 0; i < body.size(); i++) {
            PdfLine line = body.get(i);
            if (i > 0) {
                PdfLine before = body.get(i - 1);
                Page page = of.get(i - 1);
                boolean apart = of.get(i) == page && line.top() - before.top() > 1.4f * page.pitch();
                if (!apart && page.goesOn(before, line)) {
                    // «пресс-» / «релизов», «80-» / «летию»: the word was broken at its own hyphen, which stays
                    boolean hyphen = before.text().length() > 1 && before.text().endsWith("-")
                            && Character.isLetterOrDigit(before.text().charAt(before.text().length() - 2))
                            && Character.isLetterOrDigit(line.text().charAt(0));
                    boolean soft = before.text().endsWith("\u00AD");
                    if (soft) {
                        text.setLength(text.length() - 1);
                    }
                    text.append(hyphen || soft ? "" : " ");
                } else {
                    boolean paragraph = i + 1 < body.size() && of.get(i + 1) == of.get(i) && of.get(i).goesOn(line, body.get(i + 1));
                    apart = apart || !sameFace(before, line); // a heading set apart by its face stands apart
                    list = !apart && !paragraph && !isListHead(line.text()) && (list || before.text().endsWith(":"));
                    text.append(!apart && (list || sameBlock(before, line)) ? "\n" : "\n\n");
                }
            }
            text.append(line.text());
        }
        return text.toString();
    }

    /** Rows of one table, or the items of one list and the line that heads it (words with no full stop). */
    private static boolean sameBlock(PdfLine line, PdfLine next) {
        return isRow(line) && isRow(next) || isTypedItem(next.text()) && (isTypedItem(line.text()) || !line.text().endsWith("."));
    }

    /** A line that heads a list of its own («Аудитория на 31 декабря:» after the items of another): no item itself. */
    static boolean isListHead(String line) {
        return line.endsWith(":") && !isTypedItem(line);
    }

    /** A line that opens with a list's marker: «—», «•», «3.1.», «а)». */
    static boolean isTypedItem(String line) {
        return LIST_ITEM.matcher(line).matches();
    }

    private static boolean isRow(PdfLine line) {
        return line.text().indexOf('\t') >= 0 || line.text().indexOf('|') >= 0;
    }

    /**
     * Where a page's text ends on the right, the usual distance from one line to the next, and whether its
     * paragraphs are justified (their wrapped lines end at that edge).
     */
    private record Page(float edge, float pitch, boolean justified) {
        static Page of(List<PdfLine> lines, float width) {
            float edge = rightEdge(lines, width);
            List<Float> pitches = new ArrayList<>();
            for (int i = 1; i < lines.size(); i++) {
                float pitch = lines.get(i).top() - lines.get(i - 1).top();
                if (pitch > 0) {
                    pitches.add(pitch);
                }
            }
            pitches.sort(null);
            int wrapped = 0;
            int atEdge = 0;
            for (int i = 0; i + 1 < lines.size(); i++) {
                PdfLine line = lines.get(i);
                if (wrapped(line, lines.get(i + 1), edge)) {
                    wrapped++;
                    atEdge += reachesEdge(line, edge) ? 1 : 0;
                }
            }
            return new Page(edge, pitches.isEmpty() ? Float.MAX_VALUE : pitches.get(pitches.size() / 2),
                    wrapped >= 3 && atEdge >= 0.7 * wrapped);
        }

        /**
         * The next line continues this one's sentence: this one ends at the edge (justified) or the next one's first
         * word would not have fitted at its end (ragged), and the next is no list item and not indented.
         */
        boolean goesOn(PdfLine line, PdfLine next) {
            boolean full = justified ? reachesEdge(line, edge) : wrapped(line, next, edge);
            return full && !isRow(line) && !isRow(next) && !startsItem(line, next) && !numberThenName(line, next)
                    && next.left() <= line.left() + 0.8f * em(line) && sameFace(line, next);
        }
    }

    /** The next line's first word would not have fitted at the end of this one: a ragged line wrapped there. */
    private static boolean wrapped(PdfLine line, PdfLine next, float edge) {
        return line.right() + firstWordWidth(next) + em(line) >= edge;
    }

    /** A justified line ends at the edge. */
    private static boolean reachesEdge(PdfLine line, float edge) {
        return line.right() >= edge - 0.2f * em(line);
    }

    /** A line's font size, at least a point. */
    private static float em(PdfLine line) {
        return Math.max(line.size(), 1f);
    }

    /**
     * The next line opens a list item: a marker, a symbol (an emoji), or a dash after a line that ends a clause (a
     * dash after words is where a wrapped sentence went on: «администрации» / «— 4 450 подписчиков»).
     */
    private static boolean startsItem(PdfLine line, PdfLine next) {
        String text = next.text();
        int type = Character.getType(text.codePointAt(0));
        if (type == Character.OTHER_SYMBOL || type == Character.MATH_SYMBOL && "-+~≈".indexOf(text.charAt(0)) < 0) { // «~1,6 млн» goes on
            return true;
        }
        if (!isTypedItem(text)) {
            return false;
        }
        char last = line.text().charAt(line.text().length() - 1);
        return "-–—".indexOf(text.charAt(0)) < 0 || !Character.isLetterOrDigit(last);
    }

    /** «… начальники департаментов) — 312» over «Пресс-конференции — 88»: a label line's number, then the next label. */
    private static boolean numberThenName(PdfLine line, PdfLine next) {
        String text = next.text();
        return Character.isDigit(line.text().charAt(line.text().length() - 1)) && text.length() > 1
                && Character.isUpperCase(text.charAt(0)) && Character.isLowerCase(text.charAt(1));
    }

    /**
     * Where the text ends on the right: the rightmost end of a line, when it is past 70 % of the page's width (a page
     * of short lines has no edge they could have been wrapped at); else infinity.
     */
    private static float rightEdge(List<PdfLine> lines, float width) {
        float edge = 0;
        for (PdfLine line : lines) {
            edge = Math.max(edge, line.right());
        }
        return edge >= 0.7f * width ? edge : Float.POSITIVE_INFINITY;
    }

    /** A heading set bold or larger does not run into the text under it, nor the text into the next heading. */
    private static boolean sameFace(PdfLine line, PdfLine next) {
        return line.bold() == next.bold() && Math.abs(line.size() - next.size()) <= 0.1f * Math.max(line.size(), next.size());
    }

    /** The width of a line's first word, from the line's mean width of a character. */
    private static float firstWordWidth(PdfLine line) {
        String text = line.text();
        int space = text.indexOf(' ');
        int word = space < 0 ? text.length() : space;
        return (line.right() - line.left()) * word / text.length();
    }

    /**
     * Leaves out a page's number (alone on its first or last line) and a line at the top or bottom of two pages or
     * more (a running head or foot; numbers in it may differ).
     */
    private static void dropPageFurniture(List<List<PdfLine>> pages) {
        Map<String, Integer> ends = new HashMap<>();
        for (List<PdfLine> page : pages) {
            for (PdfLine line : pageEnds(page)) {
                ends.merge(shape(line), 1, Integer::sum);
            }
        }
        for (List<PdfLine> page : pages) {
            for (PdfLine line : pageEnds(page)) {
                if (PAGE_NUMBER.matcher(line.text()).matches() || ends.get(shape(line)) >= 2) {
                    page.remove(line);
                }
            }
        }
    }

    private static List<PdfLine> pageEnds(List<PdfLine> page) {
        return page.isEmpty() ? List.of() : page.size() == 1 ? List.of(page.get(0)) : List.of(page.get(0), page.get(page.size() - 1));
    }

    private static String shape(PdfLine line) {
        return line.text().replaceAll("\\d+", "#").toLowerCase(Locale.ROOT);
    }
}
