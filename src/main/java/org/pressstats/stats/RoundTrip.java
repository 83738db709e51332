package org.pressstats.stats;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.pressstats.common.DataVersion;

import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;

/**
 * Sends the statements of a question to PostgreSQL together, in one round trip, and on a question's first trip the
 * read of the data version before them: a cold question then costs one round trip instead of one per statement.
 */
@ApplicationScoped
public class RoundTrip {

    /** A statement and how each of its rows is read. */
    public record Statement<T>(String sql, List<Object> params, RowMapper<T> mapper) {
    }

    public interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    /** An answer and the data version read no later than any row it was computed from. */
    public record Versioned<T>(DataVersion.State state, T answer) {
    }

    @Inject
    @DataSource("stats")
    AgroalDataSource dataSource;

    @Inject
    DataVersion versions;

    @Inject
    StatsDirectory directory;

    // set while a question runs under versioned(): where the version read with its first statements goes
    private final ThreadLocal<DataVersion.State[]> versionWanted = new ThreadLocal<>();

    /**
     * Answers the question with the data version read in the round trip of its first statements (or on its own when
     * it sends none). When that version is newer than the directory the question used, it is answered once more, with
     * a directory at least as new as its rows.
     */
    public <T> Versioned<T> versioned(Supplier<T> question) {
        long known = directory.current().version();
        DataVersion.State[] read = new DataVersion.State[1];
        versionWanted.set(read);
        T answer;
        try {
            answer = question.get();
        } finally {
            versionWanted.remove();
        }
        DataVersion.State state = read[0] != null ? read[0] : versions.readNow();
        if (state.version() > known) {
            answer = question.get(); // the cities or the catalog may have changed since the directory was read
        }
        return new Versioned<>(state, answer);
    }

    /** The rows of each statement, in the order given, from one round trip on one connection. */
    public List<List<?>> run(List<Statement<?>> statements) {
        DataVersion.State[] wanted = versionWanted.get();
        boolean withVersion = wanted != null && wanted[0] == null;
        StringBuilder sql = new StringBuilder(withVersion ? DataVersion.QUERY : "");
        for (Statement<?> statement : statements) {
            sql.append(sql.isEmpty() ? "" : "; ").append(statement.sql());
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement prepared = connection.prepareStatement(sql.toString())) {
            int index = 1;
            for (Statement<?> statement : statements) {
                for (Object p : statement.params()) {
                    if (p instanceof Object[] array) {
                        prepared.setArray(index++, connection.createArrayOf(array instanceof Integer[] ? "integer" : "bigint", array));
                    } else {
                        prepared.setObject(index++, p);
                    }
                }
            }
            prepared.execute();
            if (withVersion) {
                try (ResultSet rs = prepared.getResultSet()) {
                    rs.next();
                    wanted[0] = versions.seen(rs);
                }
                prepared.getMoreResults();
            }
            List<List<?>> results = new ArrayList<>(statements.size());
            for (Statement<?> statement : statements) {
                try (ResultSet rs = prepared.getResultSet()) {
                    List<Object> rows = new ArrayList<>();
                    while (rs.next()) {
                        rows.add(statement.mapper().map(rs));
                    }
                    results.add(rows);
                }
                prepared.getMoreResults();
            }
            return results;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
