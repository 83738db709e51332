package org.pressstats.stats;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.pressstats.city.FederalDistrict;
import org.pressstats.metric.MetricKind;
import org.pressstats.report.Owner;
import org.pressstats.report.Platform;
import org.pressstats.report.Qualifier;
import org.pressstats.stats.StatsAnswers.CityRef;
import org.pressstats.stats.StatsAnswers.MetricRef;

import io.agroal.api.AgroalDataSource;

/** The SQL of the stats API: rolled-up values per city, reports filed, the catalog. Plain JDBC, one round trip each. */
@ApplicationScoped
public class RollupQueries {

    /** A city's rolled-up value at one level in one year. */
    public record CityValue(CityRef city, Long population, FederalDistrict district, int year, RollUp.Row row) {
    }

    /** A city and whether it filed a report that year. */
    public record CityFiling(CityRef city, boolean filed) {
    }

    @Inject
    AgroalDataSource dataSource;

    public Optional<MetricRef> metric(String code) {
        return query("SELECT code, name_ru, name_en, unit, kind FROM metric WHERE code = ?", List.of(code),
                rs -> new MetricRef(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        MetricKind.valueOf(rs.getString(5)))).stream().findFirst();
    }

    public List<String> metricCodes() {
        return query("SELECT code FROM metric ORDER BY code", List.of(), rs -> rs.getString(1));
    }

    /** Values at {@code level}, optionally for one owner and/or platform, in the given years, under the city filters. */
    public List<CityValue> values(StatsFilter filter, RollUp.Level level, Owner owner, Platform platform, List<Integer> years) {
        StringBuilder sql = new StringBuilder("SELECT c.slug, c.name, c.population, c.federal_district, u.year, u.owner, "
                + "u.platform, u.value, u.qualifier, u.baseline, u.reported FROM rollup u JOIN city c ON c.id = u.city_id "
                + "WHERE u.metric = ? AND u.level = ? AND u.year = ANY (?)");
        List<Object> params = new ArrayList<>(List.of(filter.metric(), level.name(), years.toArray(Integer[]::new)));
        if (owner != null) {
            sql.append(" AND u.owner = ?");
            params.add(owner.name());
        }
        if (platform != null) {
            sql.append(" AND u.platform = ?");
            params.add(platform.name());
        }
        cityFilters(filter, sql, params);
        sql.append(" ORDER BY c.slug, u.year");
        return query(sql.toString(), params, rs -> {
            String o = rs.getString(6);
            String p = rs.getString(7);
            long value = rs.getLong(8);
            Long boxed = rs.wasNull() ? null : value;
            String district = rs.getString(4);
            long population = rs.getLong(3);
            Long pop = rs.wasNull() ? null : population;
            return new CityValue(new CityRef(rs.getString(1), rs.getString(2)), pop,
                    district == null ? null : FederalDistrict.valueOf(district), rs.getInt(5),
                    new RollUp.Row(level, o == null ? null : Owner.valueOf(o), p == null ? null : Platform.valueOf(p),
                            boxed, Qualifier.valueOf(rs.getString(9)), rs.getString(10), rs.getBoolean(11)));
        });
    }

    public long filedCount(StatsFilter filter, int year) {
        StringBuilder sql = new StringBuilder("SELECT count(*) FROM report r JOIN city c ON c.id = r.city_id WHERE r.year = ?");
        List<Object> params = new ArrayList<>(List.of(year));
        cityFilters(filter, sql, params);
        return query(sql.toString(), params, rs -> rs.getLong(1)).get(0);
    }

    /** Every city under the filters, whether it filed that year, and the metrics it reported. */
    public Map<CityFiling, List<String>> coverage(StatsFilter filter, int year) {
        StringBuilder sql = new StringBuilder("SELECT c.slug, c.name, r.id IS NOT NULL, "
                + "(SELECT array_agg(DISTINCT u.metric ORDER BY u.metric) FROM rollup u WHERE u.report_id = r.id) "
                + "FROM city c LEFT JOIN report r ON r.city_id = c.id AND r.year = ? WHERE 1 = 1");
        List<Object> params = new ArrayList<>(List.of(year));
        cityFilters(filter, sql, params);
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

    private static void cityFilters(StatsFilter filter, StringBuilder sql, List<Object> params) {
        if (filter.cities() != null && !filter.cities().isEmpty()) {
            sql.append(" AND c.slug = ANY (?)");
            params.add(filter.cities().toArray(String[]::new));
        }
        if (filter.district() != null) {
            sql.append(" AND c.federal_district = ?");
            params.add(filter.district().name());
        }
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
                    statement.setArray(i + 1, connection.createArrayOf(array instanceof Integer[] ? "integer" : "varchar", array));
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
