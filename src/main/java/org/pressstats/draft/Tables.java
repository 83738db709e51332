package org.pressstats.draft;

import org.pressstats.report.Owner;

/**
 * What the lines above a table's rows say of them, as a text is read sentence by sentence: its header rows (a second
 * one under a first names the columns with it), the caption right above it and the section it stands in, whose
 * accounts the rows are.
 */
final class Tables {

    private TableHeader header;
    private boolean headerAbove; // the row before was a header row too
    private Levels.Named caption; // the line above a table, when it names one owner
    private Levels.Named section;
    private boolean rowAbove; // the sentence before was a table's row

    /** A line between rows longer than this is prose after a table, not a section of it. */
    private static final int SECTION_LINE = 120;

    /** A new paragraph, in the section headed so (null: none). */
    void newParagraph(Levels.Named sectionHeading) {
        section = sectionHeading;
        caption = null;
        header = null;
        headerAbove = false;
        rowAbove = false;
    }

    /** Takes in a sentence read: a line of prose (a caption when it names one owner and counts nothing), a header row or a row. */
    void read(Sentence s, boolean counts, Levels.Named named, java.util.function.Supplier<TableHeader> headerOf) {
        if (!s.isTableRow()) {
            // «3. Социальные сети администрации» between two rows: a section of the table, under the same header
            boolean section = !counts && rowAbove && s.span.end() - s.span.start() <= SECTION_LINE
                    && s.tokens.stream().skip(1).noneMatch(Token::lineBreakBefore);
            header = section ? header : null;
            headerAbove = false;
            caption = !counts && named.singleOwner() != null ? named : null; // «Таблица 1. Аккаунты главы города»
        } else if (!counts && s.tokens.stream().anyMatch(t -> t.isWord() || t.isDigits())) {
            TableHeader read = headerOf.get(); // what the columns below hold; not «|---|---|»
            header = headerAbove && header != null ? read.under(header) : read;
            headerAbove = true;
        } else if (counts) {
            headerAbove = false;
        }
        rowAbove = s.isTableRow();
    }

    /** The header of the column a number of a table's row stands in, or null. */
    TableHeader.Column columnOf(Sentence s, NumberMention n) {
        return s.isTableRow() && header != null ? header.of(s, n) : null;
    }

    /** The owner a column's header, else the caption right above, else the section's heading gives the rows. */
    Owner ownerOf(TableHeader.Column column) {
        if (column.level().owner() != null) {
            return column.level().owner();
        }
        return caption != null ? caption.singleOwner() : section != null ? section.singleOwner() : null;
    }
}
