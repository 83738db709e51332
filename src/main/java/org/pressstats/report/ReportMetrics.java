package org.pressstats.report;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;

/** Gauges of what the database holds, shared by all replicas: reports stored and the time of the last write. */
@ApplicationScoped
@Startup
public class ReportMetrics {

    private static final Logger LOG = Logger.getLogger(ReportMetrics.class);
    private static final long MAX_AGE_NANOS = 5_000_000_000L;
    private static final String SQL = "SELECT (SELECT count(*) FROM report), "
            + "(SELECT extract(epoch FROM changed_at) FROM data_version)";

    private final AgroalDataSource dataSource;
    private volatile double reports = Double.NaN;
    private volatile double lastWrite = Double.NaN;
    private volatile long readAt;

    @Inject
    public ReportMetrics(AgroalDataSource dataSource, MeterRegistry registry) {
        this.dataSource = dataSource;
        Gauge.builder("press_stats_reports_stored", this, m -> m.refreshed().reports)
                .description("City-year reports in the database").register(registry);
        Gauge.builder("press_stats_last_write_seconds", this, m -> m.refreshed().lastWrite)
                .description("When data last changed (any replica), seconds since the epoch").register(registry);
    }

    // one query per scrape at most every 5 s; while the database is away the last values stay
    private synchronized ReportMetrics refreshed() {
        if (System.nanoTime() - readAt < MAX_AGE_NANOS && readAt != 0) {
            return this;
        }
        readAt = System.nanoTime();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(SQL);
                ResultSet rs = query.executeQuery()) {
            rs.next();
            reports = rs.getLong(1);
            lastWrite = rs.getDouble(2);
        } catch (SQLException e) {
            LOG.debugf("metrics not refreshed: %s", e.getMessage());
        }
        return this;
    }
}
