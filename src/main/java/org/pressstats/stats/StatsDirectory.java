package org.pressstats.stats;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.pressstats.city.FederalDistrict;
import org.pressstats.common.DataVersion;
import org.pressstats.metric.MetricKind;
import org.pressstats.stats.StatsAnswers.CityRef;
import org.pressstats.stats.StatsAnswers.MetricRef;

import io.agroal.api.AgroalDataSource;

/**
 * The cities and the metric catalog as of a data version, so that a stats question reads only roll-up rows: no
 * join with the cities, no catalog query per question. Read again once a request has seen a newer version.
 */
@ApplicationScoped
public class StatsDirectory {

    /** A city as the stats show it; {@code order} is its place among all cities by slug, for sorting without strings. */
    public record City(long id, CityRef ref, Long population, FederalDistrict district, int order) {
    }

    /** Everything known at {@code version} (or later: it is read after the version). */
    public record Snapshot(long version, Map<Long, City> cities, Map<String, City> bySlug, Map<String, MetricRef> metrics) {
    }

    @Inject
    AgroalDataSource dataSource;

    @Inject
    DataVersion versions;

    private volatile Snapshot current;

    /** A snapshot at least as new as every data version a request has read so far. */
    public Snapshot current() {
        Snapshot snapshot = current;
        return snapshot != null && snapshot.version() >= versions.latest() ? snapshot : reload(versions.latest());
    }

    /** A snapshot read after this call: for rows that name a city the current one does not know yet. */
    public Snapshot fresh(Snapshot seen) {
        return reload(seen.version() + 1);
    }

    private synchronized Snapshot reload(long atLeast) {
        Snapshot snapshot = current;
        if (snapshot != null && snapshot.version() >= atLeast) {
            return snapshot; // another request read it meanwhile
        }
        // read first: the rows read after it are at least as new as this version
        long version = versions.readNow().version();
        try (Connection connection = dataSource.getConnection()) {
            Map<Long, City> cities = new HashMap<>();
            Map<String, City> bySlug = new HashMap<>();
            Map<String, MetricRef> metrics = new TreeMap<>();
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT id, slug, name, population, federal_district FROM city ORDER BY slug COLLATE \"C\"");
                    ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    long population = rs.getLong(4);
                    Long known = rs.wasNull() ? null : population;
                    String district = rs.getString(5);
                    City city = new City(rs.getLong(1), new CityRef(rs.getString(2), rs.getString(3)), known,
                            district == null ? null : FederalDistrict.valueOf(district), cities.size());
                    cities.put(city.id(), city);
                    bySlug.put(city.ref().slug(), city);
                }
            }
            try (PreparedStatement query = connection.prepareStatement("SELECT code, name_ru, name_en, unit, kind FROM metric");
                    ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    metrics.put(rs.getString(1), new MetricRef(rs.getString(1), rs.getString(2), rs.getString(3),
                            rs.getString(4), MetricKind.valueOf(rs.getString(5))));
                }
            }
            current = new Snapshot(version, Map.copyOf(cities), Map.copyOf(bySlug), metrics);
            return current;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The ids of the cities under the city filters, or null when there are none (all cities). */
    public static List<Long> cityIds(Snapshot snapshot, StatsFilter filter) {
        boolean bySlug = filter.cities() != null && !filter.cities().isEmpty();
        if (!bySlug && filter.district() == null) {
            return null;
        }
        return (bySlug ? filter.cities().stream().map(snapshot.bySlug()::get).filter(c -> c != null)
                : snapshot.cities().values().stream())
                .filter(c -> filter.district() == null || c.district() == filter.district())
                .map(City::id).distinct().toList();
    }
}
