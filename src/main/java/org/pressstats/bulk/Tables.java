package org.pressstats.bulk;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.pressstats.common.ProblemException;

/** Reads a table in the format the request names. */
final class Tables {

    /** Receives each data row of a table whose header is good. */
    interface RowSink {
        void row(int line, List<String> cells);
    }

    private Tables() {
    }

    /**
     * Reads a table that must have {@code columns}' header: 400 for a file that is not of its format, a bad header or
     * no rows; every data row to {@code sink}. Answers the number of data rows.
     */
    static long rows(BulkFormat format, InputStream in, Columns columns, ImportErrors errors, RowSink sink) {
        long[] rows = { 0 };
        boolean[] badHeader = { false };
        try {
            read(format, in, new Table.Rows() {
                @Override
                public boolean header(List<String> names) {
                    columns.header(names, errors);
                    badHeader[0] = errors.any();
                    return !badHeader[0];
                }

                @Override
                public void row(int line, List<String> cells) {
                    rows[0]++;
                    if (!hasNul(line, cells, columns, errors)) {
                        sink.row(line, cells);
                    }
                }
            }, columns, errors);
        } catch (Table.BadFile e) {
            throw ProblemException.badRequest("body", e.getMessage());
        }
        if (badHeader[0]) {
            throw errors.problem(true);
        }
        if (rows[0] == 0 && !errors.any()) {
            throw ProblemException.badRequest("body", "has a header but no rows");
        }
        return rows[0];
    }

    /** PostgreSQL's text cannot hold U+0000: a cell with it is an error of its row, not a failed write. */
    private static boolean hasNul(int line, List<String> cells, Columns columns, ImportErrors errors) {
        boolean found = false;
        for (int i = 0; i < cells.size(); i++) {
            if (cells.get(i).indexOf('\u0000') >= 0) {
                errors.add(line, columns.nameAt(i), null, "contains the NUL character (U+0000), which text cannot hold");
                found = true;
            }
        }
        return found;
    }

    static void read(BulkFormat format, InputStream in, Table.Rows rows, Columns columns, ImportErrors errors) throws Table.BadFile {
        try {
            switch (format) {
                case CSV -> CsvTable.read(in, rows);
                case XLSX -> XlsxTable.read(in, rows, (line, column, value, message) ->
                        errors.add(line, columns.nameAt(column), value, message));
                default -> throw new IllegalArgumentException(format + " is not a table");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
