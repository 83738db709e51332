package org.pressstats.bulk;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.StreamingOutput;

import org.postgresql.PGConnection;
import org.pressstats.common.ProblemException;
import org.pressstats.metric.MetricService;

import io.agroal.api.AgroalDataSource;

/**
 * Exports as streams: one read-only snapshot (REPEATABLE READ) from which the data version, the ETag, and every row
 * come, written as it is read, in constant memory whatever the size. CSV is PostgreSQL's own COPY … TO STDOUT.
 */
@ApplicationScoped
public class ExportService {

    static final String FIGURES = "SELECT c.slug AS city, r.year, f.metric, f.owner, f.platform, f.value, f.qualifier, "
            + "f.baseline, f.note FROM figure f JOIN report r ON r.id = f.report_id JOIN city c ON c.id = r.city_id "
            + "WHERE %s ORDER BY f.report_id, f.position"; // the figures' own index: no sort of the whole table
    static final String CITIES = "SELECT c.slug, c.name, c.region, c.federal_district AS \"federalDistrict\", c.population, "
            + "c.website FROM city c WHERE %s ORDER BY c.slug";

    /**
     * An export ready to stream: its validator, its file name and its body. {@code release} gives the snapshot's
     * connection back unless the body has begun to write (which closes it itself): call it once the response is over.
     */
    public record Export(EntityTag tag, String fileName, StreamingOutput body, Runnable release) {
    }

    /** What is exported. */
    public enum Kind {
        REPORTS, CITIES
    }

    @Inject
    AgroalDataSource dataSource;

    @Inject
    MetricService metrics;

    @Inject
    ExportWriters writers;

    public Export export(Kind kind, ExportFilter filter, BulkFormat format) {
        String where = kind == Kind.CITIES ? cityWhere(filter) : filter.where(format != BulkFormat.NDJSON);
        if (kind == Kind.REPORTS && filter.metric != null && !filter.metric.isEmpty() && metrics.find(filter.metric).isEmpty()) {
            throw ProblemException.badRequest("metric", "'" + filter.metric + "' is not in the metric catalog");
        }
        Connection connection = null;
        try {
            connection = dataSource.getConnection();
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            connection.setReadOnly(true);
            long version;
            try (Statement query = connection.createStatement();
                    ResultSet rs = query.executeQuery("SELECT version FROM data_version")) {
                rs.next();
                version = rs.getLong(1);
            }
            EntityTag tag = new EntityTag("x" + version + "-" + kind.name().toLowerCase() + "-" + format.extension + "-"
                    + Integer.toHexString(filter.key().hashCode()));
            String name = "press-stats-" + (kind == Kind.CITIES ? "cities" : format == BulkFormat.NDJSON ? "reports" : "figures")
                    + "-v" + version + "." + format.extension;
            Connection snapshot = connection;
            AtomicBoolean taken = new AtomicBoolean();
            StreamingOutput body = out -> {
                if (!taken.compareAndSet(false, true)) {
                    throw new IOException("the export's snapshot was already released");
                }
                try (snapshot) {
                    write(snapshot, kind, format, where, out);
                    snapshot.commit();
                } catch (SQLException e) {
                    throw new IOException("export failed", e);
                }
            };
            return new Export(tag, name, body, () -> {
                if (taken.compareAndSet(false, true)) {
                    close(snapshot);
                }
            });
        } catch (SQLException e) {
            close(connection);
            throw new IllegalStateException(e);
        }
    }

    private void write(Connection connection, Kind kind, BulkFormat format, String where, OutputStream out)
            throws SQLException, IOException {
        String table = String.format(kind == Kind.CITIES ? CITIES : FIGURES, where);
        switch (format) {
            case CSV -> {
                // COPY sends a message per row: gather them into large writes
                BufferedOutputStream buffered = new BufferedOutputStream(out, 1 << 18);
                connection.unwrap(PGConnection.class).getCopyAPI()
                        .copyOut("COPY (" + table + ") TO STDOUT WITH (FORMAT csv, HEADER)", buffered);
                buffered.flush();
            }
            case XLSX -> {
                try (PreparedStatement query = connection.prepareStatement(table)) {
                    query.setFetchSize(5_000);
                    try (ResultSet rs = query.executeQuery()) {
                        writers.xlsx(rs, kind == Kind.CITIES ? "cities" : "figures", out);
                    }
                }
            }
            case NDJSON -> {
                if (kind == Kind.CITIES) {
                    writers.cityLines(connection, where, out);
                } else {
                    writers.reportLines(connection, where, out);
                }
            }
        }
        out.flush();
    }

    private static String cityWhere(ExportFilter filter) {
        ExportFilter cities = new ExportFilter();
        cities.city = filter.city;
        cities.district = filter.district;
        return cities.where(false);
    }

    private static void close(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // the pool takes it back either way
            }
        }
    }
}
