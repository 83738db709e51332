package org.pressstats.draft;

import java.util.ArrayList;
import java.util.List;

/**
 * A Word file's paragraphs laid out as the extractor reads plain text. Where the author kept blocks apart with empty
 * paragraphs (as one types a blank line), those are the blank lines and every other paragraph break is a line break;
 * otherwise each paragraph stands apart, except the items of a list, the rows of a table (also one typed with «|» or
 * tabs) and the short lines under a paragraph that ends with a colon.
 */
final class Paragraphs {

    /** A paragraph: its text (empty for an empty one), a list item of Word's numbering, a table's row or a line of one. */
    private record Paragraph(String text, boolean listItem, boolean row) {
    }

    /** A line under a colon that is longer than this is prose again, not an item of what the colon opened. */
    private static final int ITEM_LENGTH = 160;

    private final List<Paragraph> paragraphs = new ArrayList<>();

    void add(String text, boolean listItem) {
        String line = text.strip();
        paragraphs.add(new Paragraph(line, listItem, TypedColumns.isRow(line)));
    }

    /** A table's row as «Telegram | 41 200 | 63 500», each cell's text on one line; a row of blank cells is none. */
    void addRow(List<String> cells) {
        List<String> line = cells.stream().map(c -> c.strip().replaceAll("\\s+", " ")).toList();
        if (line.size() > 1 && !line.get(0).isEmpty() && line.stream().distinct().count() == 1) {
            // one cell merged over the whole row: «3. Социальные сети администрации», a line of the table over the rows below
            paragraphs.add(new Paragraph(line.get(0), false, true));
        } else if (!String.join("", line).isEmpty()) {
            paragraphs.add(new Paragraph(String.join(" | ", line), false, true));
        }
    }

    String text() {
        long empty = paragraphs.stream().filter(p -> p.text().isEmpty()).count();
        boolean blankLines = empty >= 2;
        StringBuilder text = new StringBuilder();
        Paragraph before = null;
        boolean gap = false;
        boolean underColon = false;
        for (Paragraph p : paragraphs) {
            if (p.text().isEmpty()) {
                gap = true;
                continue;
            }
            if (before != null) {
                boolean heading = Headings.role(p.text()) != null; // «Какие задачи стоят в 2026 году» ends a list
                boolean item = !heading && (p.listItem() || p.text().length() <= ITEM_LENGTH);
                boolean listed = p.listItem() || PdfLines.isTypedItem(p.text()); // Word's numbering or a typed «3.1.», «•»
                underColon = item && !gap && (listed || !PdfLines.isListHead(p.text()))
                        && (underColon || before.text().endsWith(":"));
                boolean sameBlock = blankLines ? !gap
                        : p.row() && before.row() || !heading && listed && (before.listItem() || PdfLines.isTypedItem(before.text())
                                || !before.text().endsWith(".")) || underColon;
                text.append(sameBlock ? "\n" : "\n\n");
            }
            text.append(p.listItem() ? "— " : "").append(p.text());
            before = p;
            gap = false;
        }
        return text.toString();
    }
}
