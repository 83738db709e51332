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
    private String totalMetric; // «Подписчики аккаунтов администрации, всего»: an owner's row, whose platforms may follow
    private Owner totalOwner;
    private Owner rowOwner; // the owner of the last row read
    private boolean sameAsAbove; // the row starts «то же:»: its label is the row's above
    private java.util.Map<Integer, Reason> legend = java.util.Map.of(); // «Графы: 1 — …; 5 — утверждено …»

    /** A line between rows longer than this is prose after a table, not a section of it. */
    private static final int SECTION_LINE = 120;

    /** A new paragraph, in the section headed so (null: none). */
    void newParagraph(Levels.Named sectionHeading) {
        section = sectionHeading;
        caption = null;
        header = null;
        headerAbove = false;
        rowAbove = false;
        totalMetric = null;
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
            totalMetric = null;
            legend = ColumnLegend.describes(s) ? ColumnLegend.read(s) : legend;
        } else if (!counts && s.tokens.stream().anyMatch(t -> t.isWord() || t.isDigits())) {
            TableHeader read = headerOf.get(); // what the columns below hold; not «|---|---|»
            if (FormCodes.numbersTheColumns(s)) { // «1 | 2 | … | 9» under «Графы: 1 — …; 5 — утверждено …»
                long first = s.numbers.get(0).value().longValue();
                for (int k = 0; k < read.size(); k++) {
                    Reason apart = legend.get((int) (first + k));
                    if (apart != null) {
                        read.apart(k, apart);
                    }
                }
            }
            header = headerAbove && header != null ? read.under(header) : read;
            headerAbove = true;
        } else if (counts) {
            headerAbove = false;
        }
        sameAsAbove = s.isTableRow() && saysTheSame(s);
        rowAbove = s.isTableRow();
    }

    /** «то же: «Одноклассники» | человек | 3 215»: a row's label that repeats the one above. */
    private static boolean saysTheSame(Sentence s) {
        int i = firstCell(s);
        return i < s.size() && (s.token(i).lower().equals("тоже")
                || i + 1 < s.size() && s.token(i).lower().equals("то") && s.token(i + 1).lower().equals("же"));
    }

    /** The first token of a row's first cell, after any column break that opens the row («| ВКонтакте | …»). */
    static int firstCell(Sentence s) {
        int i = 0;
        while (i < s.size() && s.token(i).isColumnBreak()) {
            i++;
        }
        return i;
    }

    /** Why the numbers after a row's first cell are not the year's, and where that cell ends (a token index). */
    record RowLabel(Reason reason, int end) {
    }

    /**
     * «Январь | 67 | 14», «I кв. | 312», «на 31.01 | 16 166», «на 31.12.2021 | 15 870»: a row whose first, short cell is a
     * month, a quarter or a date other than the report year's end; null for any other row.
     */
    RowLabel rowLabel(Sentence s, String text, Integer year) {
        if (!s.isTableRow()) {
            return null;
        }
        int from = firstCell(s);
        int end = from;
        while (end < s.size() && !s.token(end).isColumnBreak()) {
            end++;
        }
        RowLabel otherYears = otherYearsLabel(s, year);
        if (otherYears != null) {
            return otherYears;
        }
        if (end == from || end == s.size() || end - from > LABEL_TOKENS) {
            return null;
        }
        java.util.List<Token> cell = s.tokens.subList(from, end);
        // «Квартал | …» over «I | 312 | …»: any row but the year's total is a part of it
        boolean whole = cell.stream().anyMatch(t -> Lexicon.isTotalWord(t) || t.lower().startsWith("год"));
        if (PartOfYear.heads(cell) || header != null && header.periodsInRows() && !whole) {
            return new RowLabel(Reason.PART_OF_YEAR, end);
        }
        PartOfYear.DateCell date = PartOfYear.ofCell(text.substring(s.token(from).start(), s.token(end - 1).end()), year);
        if (date == null || !date.part() && (date.year() == null || date.year().equals(year))) {
            return null;
        }
        return new RowLabel(date.part() ? Reason.PART_OF_YEAR : Reason.OTHER_YEAR, end);
    }

    /** «180 | Подписчики госпабликов (стр. 100) на 31.12.2024 | чел. | 23 511» in a report of 2025: a label of another year's end. */
    private static RowLabel otherYearsLabel(Sentence s, Integer year) {
        for (int i = 0; year != null && i < s.size(); i++) {
            NumberMention n = s.numberAt(i);
            boolean valueCell = n != null && n.first() == i && i > 0 && s.token(i - 1).isColumnBreak()
                    && (n.last() + 1 == s.size() || s.token(n.last() + 1).isColumnBreak());
            if (valueCell && i > 1) {
                return null; // the values begin: a date after them heads nothing
            }
            DateOfAYear.Said said = DateOfAYear.ON_A_DAY.contains(s.token(i).lower()) ? DateOfAYear.at(s, i) : null;
            if (said != null && said.year() != year) {
                return new RowLabel(Reason.OTHER_YEAR, said.last());
            }
        }
        return null;
    }

    /** A row's first cell longer than this names a thing, not a month or a date. */
    private static final int LABEL_TOKENS = 6;

    /** «ВКонтакте | Одноклассники | Итого»: the column totals the accounts' columns beside it. */
    boolean totalOfAccounts(TableHeader.Column column) {
        return header != null && header.totalOfAccounts(column);
    }

    /** The header of the column a number of a table's row stands in, or null. */
    TableHeader.Column columnOf(Sentence s, NumberMention n) {
        return s.isTableRow() && header != null ? header.of(s, n) : null;
    }

    /** Takes in a figure read: a table's row of one owner's accounts together is the total of the rows of platforms after it. */
    void rowRead(Sentence s, String metric, Levels.Level level) {
        rowOwner = s.isTableRow() ? level.owner() : null;
        if (s.isTableRow() && level.owner() != null && level.platform() == null) {
            totalMetric = metric;
            totalOwner = level.owner();
        } else if (!s.isTableRow() || !metric.equals(totalMetric)) {
            totalMetric = null;
        }
    }

    /**
     * A row's level: what its own cells name, else its column's header, the caption, the section's heading («4.
     * Официальные аккаунты администрации»), or the owner of a total row above («всего» over «в т.ч. ВКонтакте»).
     */
    Levels.Level levelOf(TableHeader.Column column, Levels.Level found, String metric) {
        Owner owner = found.owner() != null ? found.owner() : sameAsAbove && rowOwner != null ? rowOwner : ownerOf(column);
        owner = owner != null || found.platform() == null || !metric.equals(totalMetric) ? owner : totalOwner;
        return new Levels.Level(owner, found.platform() != null ? found.platform() : column.level().platform());
    }

    /** The owner a column's header, else the caption right above, else the section's heading gives the rows. */
    private Owner ownerOf(TableHeader.Column column) {
        if (column.level().owner() != null) {
            return column.level().owner();
        }
        Owner labels = header != null ? header.labelsOwner() : null; // «Аккаунты администрации | Подписчики»
        return labels != null ? labels : caption != null ? caption.singleOwner() : section != null ? section.singleOwner() : null;
    }
}
