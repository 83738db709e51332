package org.pressstats.stats;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.agroal.api.AgroalDataSource;

/** The data version row that every write bumps: read from the database on every stats request, never only remembered. */
@ApplicationScoped
public class DataVersion {

    /** The version and when it last changed. */
    public record State(long version, Instant changedAt) {
    }

    @Inject
    AgroalDataSource dataSource;

    public State current() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("SELECT version, changed_at FROM data_version");
                ResultSet rs = query.executeQuery()) {
            rs.next();
            return new State(rs.getLong(1), rs.getTimestamp(2).toInstant());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
