package org.pressstats.bulk;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads a table in the format the request names. */
final class Tables {

    private Tables() {
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
