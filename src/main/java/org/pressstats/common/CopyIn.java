package org.pressstats.common;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;

import org.postgresql.PGConnection;

/**
 * Rows sent to PostgreSQL with COPY … FROM STDIN (text format) on the caller's connection and transaction: the fast
 * way to write many rows, constraints and triggers included.
 */
public final class CopyIn implements AutoCloseable {

    private static final int FLUSH_AT = 1 << 16;

    private final org.postgresql.copy.CopyIn copy;
    private final StringBuilder buffer = new StringBuilder(FLUSH_AT + 1024);
    private long rows;

    private CopyIn(org.postgresql.copy.CopyIn copy) {
        this.copy = copy;
    }

    /** Starts {@code COPY table (columns) FROM STDIN}. */
    public static CopyIn open(Connection connection, String table, String columns) throws SQLException {
        return new CopyIn(connection.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("COPY " + table + " (" + columns + ") FROM STDIN"));
    }

    /** One row; null is SQL NULL, anything else its string form. */
    public CopyIn row(Object... fields) throws SQLException {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                buffer.append('\t');
            }
            append(fields[i]);
        }
        buffer.append('\n');
        rows++;
        if (buffer.length() >= FLUSH_AT) {
            flush();
        }
        return this;
    }

    public long rows() {
        return rows;
    }

    private void append(Object field) {
        if (field == null) {
            buffer.append("\\N");
            return;
        }
        String s = field.toString();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> buffer.append("\\\\");
                case '\t' -> buffer.append("\\t");
                case '\n' -> buffer.append("\\n");
                case '\r' -> buffer.append("\\r");
                default -> buffer.append(c);
            }
        }
    }

    private void flush() throws SQLException {
        byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        buffer.setLength(0);
    }

    /** Sends what is left and ends the COPY. */
    @Override
    public void close() throws SQLException {
        if (!copy.isActive()) {
            return;
        }
        flush();
        copy.endCopy();
    }
}
