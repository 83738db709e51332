package org.pressstats.stats;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.pressstats.city.FederalDistrict;
import org.pressstats.report.Owner;
import org.pressstats.report.Platform;
import org.pressstats.report.Qualifier;
import org.pressstats.stats.StatsAnswers.CityRef;
import org.pressstats.stats.StatsAnswers.MetricRef;

import io.agroal.api.AgroalDataSource;

/** The SQL of the stats API: rolled-up values per city, reports filed, coverage. Plain JDBC, one round trip each. */
@ApplicationScoped
public class RollupQueries {

    /** A city's rolled-up value at one level in one year; the city as the stats directory knows it. */
    public record CityValue(StatsDirectory.City place, int year, RollUp.Row row) {

        public CityRef city() {
            return place.ref();
        }

        public Long population() {
            return place.population();
        }

        public FederalDistrict district() {
            return place.district();
        }

        public int cityOrder() {
            return place.order();
        }
    }

    /** A city and whether it filed a report that year. */
    public record CityFiling(CityRef city, boolean filed) {
    }

    private static final Comparator<CityValue> BY_CITY_AND_YEAR = Comparator
            .comparingInt(CityValue::cityOrder).thenComparingInt(CityValue::year);

    @Inject
    AgroalDataSource dataSource;

    @Inject
    StatsDirectory directory;

    public Optional<MetricRef> metric(String code) {
        return Optional.ofNullable(directory.current().metrics().get(code));
    }

    public List<String> metricCodes() {
        return List.copyOf(directory.current().metrics().keySet());
    }

    /**
     * Values at {@code level}, optionally for one owner and/or platform, in the given years, under the city filters,
     * in the order of the city slugs and years. Only roll-up rows are read; cities come from the directory.
     */
    public List<CityValue> values(StatsFilter filter, RollUp.Level level, Owner owner, Platform platform, List<Integer> years) {
        StatsDirectory.Snapshot snapshot = directory.current();
        // one year (most questions) is a constant, not a column of every row
        boolean oneYear = years.size() == 1;
        StringBuilder sql = new StringBuilder("SELECT u.city_id, u.owner, u.platform, u.value, u.qualifier, u.baseline, "
                + "u.reported" + (oneYear ? "" : ", u.year") + " FROM rollup u WHERE u.metric = ? AND u.level = ? AND u.year "
                + (oneYear ? "= ?" : "= ANY (?)"));
        List<Object> params = new ArrayList<>(List.of(filter.metric(), level.name(),
                oneYear ? years.get(0) : years.toArray(Integer[]::new)));
        if (owner != null) {
            sql.append(" AND u.owner = ?");
            params.add(owner.name());
        }
        if (platform != null) {
            sql.append(" AND u.platform = ?");
            params.add(platform.name());
        }
        if (!cityFilter(snapshot, filter, "u.city_id", sql, params)) {
            return List.of();
        }
        record Read(long cityId, int year, RollUp.Row row) {
        }
        List<Read> rows = query(sql.toString(), params, rs -> {
            String o = rs.getString(2);
            String p = rs.getString(3);
            long value = rs.getLong(4);
            Long boxed = rs.wasNull() ? null : value;
            return new Read(rs.getLong(1), oneYear ? years.get(0) : rs.getInt(8), new RollUp.Row(level,
                    o == null ? null : named(OWNERS, o), p == null ? null : named(PLATFORMS, p), boxed,
                    named(QUALIFIERS, rs.getString(5)), rs.getString(6), rs.getBoolean(7)));
        });
        for (Read read : rows) {
            if (!snapshot.cities().containsKey(read.cityId())) { // a city created after the snapshot was read
                snapshot = directory.fresh(snapshot);
                break;
            }
        }
        List<CityValue> values = new ArrayList<>(rows.size());
        for (Read read : rows) {
            StatsDirectory.City city = snapshot.cities().get(read.cityId());
            if (city != null) {
                values.add(new CityValue(city, read.year(), read.row()));
            }
        }
        values.sort(BY_CITY_AND_YEAR);
        return values;
    }

    public long filedCount(StatsFilter filter, int year) {
        StringBuilder sql = new StringBuilder("SELECT count(*) FROM report r WHERE r.year = ?");
        List<Object> params = new ArrayList<>(List.of(year));
        if (!cityFilter(directory.current(), filter, "r.city_id", sql, params)) {
            return 0;
        }
        return query(sql.toString(), params, rs -> rs.getLong(1)).get(0);
    }

    /** Every city under the filters, whether it filed that year, and the metrics it reported. */
    public Map<CityFiling, List<String>> coverage(StatsFilter filter, int year) {
        StringBuilder sql = new StringBuilder("SELECT c.slug, c.name, r.id IS NOT NULL, "
                + "(SELECT array_agg(DISTINCT u.metric ORDER BY u.metric) FROM rollup u WHERE u.report_id = r.id) "
                + "FROM city c LEFT JOIN report r ON r.city_id = c.id AND r.year = ? WHERE 1 = 1");
        List<Object> params = new ArrayList<>(List.of(year));
        if (!cityFilter(directory.current(), filter, "c.id", sql, params)) {
            return Map.of();
        }
        sql.append(" ORDER BY c.slug");
        Map<CityFiling, List<String>> result = new LinkedHashMap<>();
        for (Map.Entry<CityFiling, List<String>> row : query(sql.toString(), params, rs -> {
            java.sql.Array metrics = rs.getArray(4);
            return Map.entry(new CityFiling(new CityRef(rs.getString(1), rs.getString(2)), rs.getBoolean(3)),
                    metrics == null ? List.<String>of() : List.of((String[]) metrics.getArray()));
        })) {
            result.put(row.getKey(), row.getValue());
        }
        return result;
    }

    /**
     * The city filters as {@code AND column = ANY (?)} over the ids the directory gives for them; false when no city
     * passes them, so that there is nothing to ask.
     */
    private static boolean cityFilter(StatsDirectory.Snapshot snapshot, StatsFilter filter, String column,
            StringBuilder sql, List<Object> params) {
        List<Long> ids = StatsDirectory.cityIds(snapshot, filter);
        if (ids == null) {
            return true;
        }
        if (ids.isEmpty()) {
            return false;
        }
        sql.append(" AND ").append(column).append(" = ANY (?)");
        params.add(ids.toArray(Long[]::new));
        return true;
    }

    private static final Qualifier[] QUALIFIERS = Qualifier.values();
    private static final Owner[] OWNERS = Owner.values();
    private static final Platform[] PLATFORMS = Platform.values();

    // a few names compared in turn: cheaper, once per column of every row, than the hash lookup of Enum.valueOf
    private static <E extends Enum<E>> E named(E[] constants, String name) {
        for (E e : constants) {
            if (e.name().equals(name)) {
                return e;
            }
        }
        throw new IllegalStateException("'" + name + "' is not one of " + Arrays.toString(constants));
    }

    private interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private <T> List<T> query(String sql, List<Object> params, RowMapper<T> mapper) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                Object p = params.get(i);
                if (p instanceof Object[] array) {
                    statement.setArray(i + 1, connection.createArrayOf(array instanceof Integer[] ? "integer" : "bigint", array));
                } else {
                    statement.setObject(i + 1, p);
                }
            }
            try (ResultSet rs = statement.executeQuery()) {
                List<T> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(mapper.map(rs));
                }
                return rows;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
