package org.pressstats.stats;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.hibernate.Session;
import org.jboss.logging.Logger;
import org.pressstats.common.AdvisoryLock;
import org.pressstats.common.CopyIn;
import org.pressstats.report.Figure;
import org.pressstats.report.Owner;
import org.pressstats.report.Platform;
import org.pressstats.report.Qualifier;
import org.pressstats.report.Report;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;

/** Keeps the rollup table equal to RollUp of every report's figures. */
@ApplicationScoped
public class Rollups {

    private static final Logger LOG = Logger.getLogger(Rollups.class);
    private static final String INSERT = "INSERT INTO rollup (report_id, city_id, year, metric, level, owner, platform, "
            + "value, qualifier, baseline, reported) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final int BACKFILL_BATCH = 500;

    @Inject
    EntityManager em;

    @Inject
    AgroalDataSource dataSource;

    /** Replaces a report's roll-up inside the caller's transaction. */
    public void replace(Report report) {
        Map<String, List<RollUp.Input>> byMetric = new LinkedHashMap<>();
        for (Figure f : report.figures) {
            byMetric.computeIfAbsent(f.metric, m -> new ArrayList<>())
                    .add(new RollUp.Input(f.owner, f.platform, f.value, f.qualifier, f.baseline));
        }
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM rollup WHERE report_id = ?")) {
                delete.setLong(1, report.id);
                delete.executeUpdate();
            }
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                add(insert, report.id, report.city.id, report.year, byMetric);
                insert.executeBatch();
            }
        });
    }

    /** Builds the roll-up of reports whose figures were written without it (data loaded in SQL), queued by V8. */
    void backfill(@Observes StartupEvent event) throws SQLException {
        // one replica backfills; the others then find nothing left to do
        try (Connection connection = dataSource.getConnection()) {
            AdvisoryLock.holding(connection, AdvisoryLock.ROLLUP_BACKFILL, this::backfillInBatches);
        }
    }

    private void backfillInBatches(Connection connection) throws SQLException {
        connection.setAutoCommit(false);
        try {
            long started = System.nanoTime();
            int done = 0;
            List<Long> pending;
            while (!(pending = queuedReports(connection)).isEmpty()) {
                rebuild(connection, pending);
                connection.commit(); // batch by batch: progress survives a restart
                done += pending.size();
            }
            if (done > 0) {
                LOG.infof("Rolled up %d reports in %d ms", done, (System.nanoTime() - started) / 1_000_000);
            }
        } finally {
            connection.setAutoCommit(true);
        }
    }

    private static List<Long> queuedReports(Connection connection) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT report_id FROM rollup_pending ORDER BY report_id LIMIT " + BACKFILL_BATCH);
                ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    /** A report's figures by metric, to roll up. */
    public record Figures(long reportId, long cityId, int year, Map<String, List<RollUp.Input>> byMetric) {
    }

    /** Replaces the roll-up of many reports at once, in the connection's transaction. */
    public static void replaceAll(Connection connection, List<Figures> reports) throws SQLException {
        if (reports.isEmpty()) {
            return;
        }
        deleteRows(connection, "rollup", reports.stream().map(Figures::reportId).toList());
        write(connection, reports);
    }

    private static void deleteRows(Connection connection, String table, List<Long> reportIds) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + table + " WHERE report_id = ANY (?)")) {
            delete.setArray(1, connection.createArrayOf("bigint", reportIds.toArray()));
            delete.executeUpdate();
        }
    }

    /** Roll-up rows of reports that have none, by COPY. */
    private static void write(Connection connection, List<Figures> reports) throws SQLException {
        try (CopyIn copy = CopyIn.open(connection, "rollup",
                "report_id, city_id, year, metric, level, owner, platform, value, qualifier, baseline, reported")) {
            for (Figures report : reports) {
                for (var metric : report.byMetric().entrySet()) {
                    for (RollUp.Row row : RollUp.of(metric.getValue())) {
                        copy.row(report.reportId(), report.cityId(), report.year(), metric.getKey(), row.level(),
                                row.owner(), row.platform(), row.value(), row.qualifier(), row.baseline(), row.reported());
                    }
                }
            }
        }
    }

    // a queued report may have had a roll-up before SQL added figures, or may have no figures left: the queue entry
    // goes in any case, so that the backfill ends
    private static void rebuild(Connection connection, List<Long> reportIds) throws SQLException {
        record Key(long report, long city, int year) {
        }
        deleteRows(connection, "rollup", reportIds);
        deleteRows(connection, "rollup_pending", reportIds);
        Map<Key, Map<String, List<RollUp.Input>>> figures = new LinkedHashMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT r.id, r.city_id, r.year, f.metric, f.owner, "
                + "f.platform, f.value, f.qualifier, f.baseline FROM figure f JOIN report r ON r.id = f.report_id "
                + "WHERE r.id = ANY (?) ORDER BY r.id, f.position")) {
            query.setArray(1, connection.createArrayOf("bigint", reportIds.toArray()));
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    Key key = new Key(rs.getLong(1), rs.getLong(2), rs.getInt(3));
                    String owner = rs.getString(5);
                    String platform = rs.getString(6);
                    figures.computeIfAbsent(key, k -> new LinkedHashMap<>())
                            .computeIfAbsent(rs.getString(4), m -> new ArrayList<>())
                            .add(new RollUp.Input(owner == null ? null : Owner.valueOf(owner),
                                    platform == null ? null : Platform.valueOf(platform), rs.getLong(7),
                                    Qualifier.valueOf(rs.getString(8)), rs.getString(9)));
                }
            }
        }
        write(connection, figures.entrySet().stream()
                .map(e -> new Figures(e.getKey().report(), e.getKey().city(), e.getKey().year(), e.getValue())).toList());
    }

    private static void add(PreparedStatement insert, long reportId, long cityId, int year,
            Map<String, List<RollUp.Input>> byMetric) throws SQLException {
        for (var metric : byMetric.entrySet()) {
            for (RollUp.Row row : RollUp.of(metric.getValue())) {
                insert.setLong(1, reportId);
                insert.setLong(2, cityId);
                insert.setInt(3, year);
                insert.setString(4, metric.getKey());
                insert.setString(5, row.level().name());
                insert.setString(6, row.owner() == null ? null : row.owner().name());
                insert.setString(7, row.platform() == null ? null : row.platform().name());
                if (row.value() == null) {
                    insert.setNull(8, Types.BIGINT);
                } else {
                    insert.setLong(8, row.value());
                }
                insert.setString(9, row.qualifier().name());
                insert.setString(10, row.baseline());
                insert.setBoolean(11, row.reported());
                insert.addBatch();
            }
        }
    }
}
