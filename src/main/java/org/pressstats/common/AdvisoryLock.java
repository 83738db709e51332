package org.pressstats.common;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** A PostgreSQL session advisory lock around start-up work, so that one replica does it while the others wait. */
public final class AdvisoryLock {

    /** Keys of the locks this service takes; distinct from Flyway's own. */
    public static final long ROLLUP_BACKFILL = 7243001;
    public static final long SAMPLE_DATA = 7243002;

    /** The work, given the connection that holds the lock. */
    @FunctionalInterface
    public interface Work {
        void run(Connection connection) throws SQLException;
    }

    private AdvisoryLock() {
    }

    /** Waits for the lock on {@code connection}, runs the work, and releases the lock whatever happens. */
    public static void holding(Connection connection, long key, Work work) throws SQLException {
        execute(connection, "SELECT pg_advisory_lock(?)", key);
        try {
            work.run(connection);
        } finally {
            execute(connection, "SELECT pg_advisory_unlock(?)", key);
        }
    }

    private static void execute(Connection connection, String sql, long key) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, key);
            statement.execute();
        }
    }
}
