package org.pressstats.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Tests that hold a row lock wait here until the service's statements queue behind it. */
public final class LockWaits {

    private LockWaits() {
    }

    /**
     * Until {@code count} sessions wait on a lock in a statement about cities. Asks on a connection of its own:
     * pg_stat_activity is a snapshot per transaction, so the lock holder's connection would see a frozen view.
     */
    public static void awaitCityWriters(String jdbcUrl, int count) throws SQLException {
        long deadline = System.nanoTime() + 30_000_000_000L;
        try (Connection sql = DriverManager.getConnection(jdbcUrl, "postgres", "");
                PreparedStatement waiting = sql.prepareStatement("SELECT count(*) FROM pg_stat_activity "
                        + "WHERE wait_event_type = 'Lock' AND query ILIKE '%city%'")) {
            while (System.nanoTime() < deadline) {
                try (ResultSet rs = waiting.executeQuery()) {
                    rs.next();
                    if (rs.getInt(1) >= count) {
                        return;
                    }
                }
            }
        }
        throw new IllegalStateException(count + " writes never reached the database's lock queue");
    }
}
