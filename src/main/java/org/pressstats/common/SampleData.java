package org.pressstats.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.pressstats.city.City;
import org.pressstats.city.CityDto;
import org.pressstats.city.CityService;
import org.pressstats.report.ReportDto;
import org.pressstats.report.ReportService;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;

/** The two 2023 reports of the reference fixture, loaded at start into an empty database when switched on. */
@ApplicationScoped
public class SampleData {

    private static final Logger LOG = Logger.getLogger(SampleData.class);

    /** Files under sample-data/, in the API's own format (PUT bodies). */
    public static final List<String> CITIES = List.of("blagoveshchensk", "bratsk");
    public static final List<String> REPORTS = List.of("blagoveshchensk-2023", "bratsk-2023");

    @ConfigProperty(name = "press-stats.sample-data.load", defaultValue = "false")
    boolean load;

    @Inject
    ObjectMapper json;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    CityService cities;

    @Inject
    ReportService reports;

    void onStart(@Observes StartupEvent event) throws SQLException {
        if (!load) {
            return;
        }
        // replicas starting together: one loads, the others wait and then find cities
        try (Connection connection = dataSource.getConnection()) {
            AdvisoryLock.holding(connection, AdvisoryLock.SAMPLE_DATA, locked -> loadIntoEmptyDatabase());
        }
    }

    private void loadIntoEmptyDatabase() {
        if (City.count() > 0) {
            LOG.info("Sample data not loaded: the database already has cities");
            return;
        }
        for (String slug : CITIES) {
            cities.put(slug, city(slug), null, null);
        }
        for (String name : REPORTS) {
            ReportDto report = report(name);
            reports.put(report.city(), report.year(), report, null, null);
        }
        LOG.infof("Sample data loaded: %d cities, %d reports", CITIES.size(), REPORTS.size());
    }

    public CityDto city(String slug) {
        return read("sample-data/cities/" + slug + ".json", CityDto.class);
    }

    public ReportDto report(String name) {
        return read("sample-data/reports/" + name + ".json", ReportDto.class);
    }

    private <T> T read(String resource, Class<T> type) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return json.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
