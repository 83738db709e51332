package org.pressstats.bulk;

import java.util.List;

/** A table read row by row from a CSV file or a sheet: its header, then each row's cells with its line or sheet row. */
interface Table {

    /** Receives the rows of a table in order. */
    interface Rows {
        /** The header row (line 1); false stops reading. */
        boolean header(List<String> names);

        void row(int line, List<String> cells);
    }

    /** The file is not the format it claims; the message says where and why. */
    final class BadFile extends Exception {
        private static final long serialVersionUID = 1L;

        BadFile(String message) {
            super(message, null, false, false);
        }
    }
}
