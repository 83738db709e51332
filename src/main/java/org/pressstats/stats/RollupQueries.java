package org.pressstats.stats;

import java.nio.charset.StandardCharsets;
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


/** The SQL of the stats API: rolled-up values per city, reports filed, coverage; each question in one round trip. */
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
    RoundTrip roundTrip;

    @Inject
    StatsDirectory directory;

    public Optional<MetricRef> metric(String code) {
        return Optional.ofNullable(directory.current().metrics().get(code));
    }

    public List<String> metricCodes() {
        return List.copyOf(directory.current().metrics().keySet());
    }

    /** Which roll-up rows a question reads: a level, optionally for one owner and/or platform. */
    public record Slice(RollUp.Level level, Owner owner, Platform platform) {
    }

    /** A city's values and how many reports were filed that year under the same filters. */
    public record Counted(List<CityValue> values, long filed) {
    }

    /**
     * Values at {@code level}, optionally for one owner and/or platform, in the given years, under the city filters,
     * in the order of the city slugs and years. Only roll-up rows are read; cities come from the directory.
     */
    public List<CityValue> values(StatsFilter filter, RollUp.Level level, Owner owner, Platform platform, List<Integer> years) {
        return values(filter, years, List.of(new Slice(level, owner, platform))).get(0);
    }

    /** The values of each slice, as {@link #values(StatsFilter, RollUp.Level, Owner, Platform, List)}, in one round trip. */
    public List<List<CityValue>> values(StatsFilter filter, List<Integer> years, List<Slice> slices) {
        return values(filter, years, slices, 0);
    }

    /**
     * The values of one year, as {@link #values(StatsFilter, RollUp.Level, Owner, Platform, List)}, that are at or above
     * the {@code top}-th largest (ties at it included): all that the first {@code top} by value can be chosen from.
     */
    public List<CityValue> top(StatsFilter filter, RollUp.Level level, Owner owner, Platform platform, int year, int top) {
        return values(filter, List.of(year), List.of(new Slice(level, owner, platform)), top).get(0);
    }

    private List<List<CityValue>> values(StatsFilter filter, List<Integer> years, List<Slice> slices, int top) {
        StatsDirectory.Snapshot snapshot = directory.current();
        List<Long> ids = StatsDirectory.cityIds(snapshot, filter);
        if (ids != null && ids.isEmpty()) {
            return slices.stream().map(s -> List.<CityValue>of()).toList();
        }
        List<RoundTrip.Statement<?>> statements = new ArrayList<>();
        slices.forEach(slice -> statements.add(valuesStatement(filter, slice, years, ids, snapshot.cities(), top)));
        return toCityValues(snapshot, years, roundTrip.run(statements));
    }

    /** The values of one year and the count of reports filed that year, in one round trip. */
    public Counted counted(StatsFilter filter, Slice slice, int year) {
        StatsDirectory.Snapshot snapshot = directory.current();
        List<Long> ids = StatsDirectory.cityIds(snapshot, filter);
        if (ids != null && ids.isEmpty()) {
            return new Counted(List.of(), 0);
        }
        List<Object> params = new ArrayList<>(List.of(year));
        List<List<?>> rows = roundTrip.run(List.of(valuesStatement(filter, slice, List.of(year), ids, snapshot.cities(), 0),
                new RoundTrip.Statement<>("SELECT count(*) FROM report r WHERE r.year = ?" + cityFilter(ids, "r.city_id", params),
                        params, rs -> rs.getLong(1))));
        return new Counted(toCityValues(snapshot, List.of(year), rows.subList(0, 1)).get(0), (Long) rows.get(1).get(0));
    }

    // a row by its city's id: a city created after the snapshot was read (a known city's row comes as its CityValue)
    private record CityIdValue(long cityId, int year, RollUp.Row row) {
    }

    // top > 0: only the rows at or above the top-th largest value (ties at it included), for a question that shows
    // the first `top` by value; a ranking of 10 then reads 10-odd rows instead of one per city
    private static RoundTrip.Statement<Object> valuesStatement(StatsFilter filter, Slice slice, List<Integer> years, List<Long> ids,
            Map<Long, StatsDirectory.City> cities, int top) {
        // one year (most questions) is a constant, not a column of every row
        boolean oneYear = years.size() == 1;
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT u.city_id, u.owner, u.platform, u.value, u.qualifier, u.baseline, "
                + "u.reported" + (oneYear ? "" : ", u.year") + " FROM rollup u WHERE ")
                .append(conditions("u", filter, slice, years, ids, params));
        if (top > 0) {
            // values are never negative: with fewer than `top` values every one comes
            sql.append(" AND u.value >= coalesce((SELECT v.value FROM rollup v WHERE ")
                    .append(conditions("v", filter, slice, years, ids, params))
                    .append(" AND v.value IS NOT NULL ORDER BY v.value DESC OFFSET ").append(top - 1).append(" LIMIT 1), 0)");
        }
        RollUp.Level level = slice.level();
        return new RoundTrip.Statement<>(sql.toString(), params, rs -> {
            // the enum columns as the bytes that came over the wire: no string is decoded for them
            byte[] o = rs.getBytes(2);
            byte[] p = rs.getBytes(3);
            long value = rs.getLong(4);
            Long boxed = rs.wasNull() ? null : value;
            long cityId = rs.getLong(1);
            int year = oneYear ? years.get(0) : rs.getInt(8);
            RollUp.Row row = new RollUp.Row(level, o == null ? null : OWNERS.named(o), p == null ? null : PLATFORMS.named(p),
                    boxed, QUALIFIERS.named(rs.getBytes(5)), text(rs.getBytes(6)), bool(rs.getBytes(7)));
            StatsDirectory.City city = cities.get(cityId);
            return city != null ? new CityValue(city, year, row) : new CityIdValue(cityId, year, row);
        });
    }

    /** Each statement's rows as values of the directory's cities, in the order of their slugs and years. */
    private List<List<CityValue>> toCityValues(StatsDirectory.Snapshot snapshot, List<Integer> years, List<List<?>> results) {
        boolean refreshed = anyUnknownCity(results);
        if (refreshed) {
            snapshot = directory.fresh(snapshot);
        }
        List<List<CityValue>> answers = new ArrayList<>(results.size());
        for (List<?> rows : results) {
            List<CityValue> values = new ArrayList<>(rows.size());
            for (Object row : rows) {
                if (!refreshed) {
                    values.add((CityValue) row);
                    continue;
                }
                // after a refresh every city is taken from the new snapshot: the places in city order moved
                CityIdValue read = row instanceof CityValue v ? new CityIdValue(v.place().id(), v.year(), v.row())
                        : (CityIdValue) row;
                StatsDirectory.City city = snapshot.cities().get(read.cityId());
                if (city != null) {
                    values.add(new CityValue(city, read.year(), read.row()));
                }
            }
            if (years.size() == 1) {
                values = inCityOrder(values, snapshot.cities().size());
            } else {
                values.sort(BY_CITY_AND_YEAR);
            }
            answers.add(values);
        }
        return answers;
    }

    /** Every city under the filters, whether it filed that year, and the metrics it reported. */
    public Map<CityFiling, List<String>> coverage(StatsFilter filter, int year) {
        List<Long> ids = StatsDirectory.cityIds(directory.current(), filter);
        if (ids != null && ids.isEmpty()) {
            return Map.of();
        }
        List<Object> params = new ArrayList<>(List.of(year));
        String sql = "SELECT c.slug, c.name, r.id IS NOT NULL, "
                + "(SELECT array_agg(DISTINCT u.metric ORDER BY u.metric) FROM rollup u WHERE u.report_id = r.id) "
                + "FROM city c LEFT JOIN report r ON r.city_id = c.id AND r.year = ? WHERE 1 = 1"
                + cityFilter(ids, "c.id", params) + " ORDER BY c.slug";
        Map<CityFiling, List<String>> result = new LinkedHashMap<>();
        for (Object row : roundTrip.run(List.of(new RoundTrip.Statement<>(sql, params, rs -> {
            java.sql.Array metrics = rs.getArray(4);
            return Map.entry(new CityFiling(new CityRef(rs.getString(1), rs.getString(2)), rs.getBoolean(3)),
                    metrics == null ? List.<String>of() : List.of((String[]) metrics.getArray()));
        }))).get(0)) {
            @SuppressWarnings("unchecked")
            Map.Entry<CityFiling, List<String>> entry = (Map.Entry<CityFiling, List<String>>) row;
            result.put(entry.getKey(), entry.getValue());
        }
        return result;
    }

    // the metric, level, years, owner, platform and city filters of the rows, over the table as `alias`
    private static String conditions(String alias, StatsFilter filter, Slice slice, List<Integer> years, List<Long> ids,
            List<Object> params) {
        boolean oneYear = years.size() == 1;
        StringBuilder sql = new StringBuilder(alias + ".metric = ? AND " + alias + ".level = ? AND " + alias + ".year "
                + (oneYear ? "= ?" : "= ANY (?)"));
        params.addAll(List.of(filter.metric(), slice.level().name(), oneYear ? years.get(0) : years.toArray(Integer[]::new)));
        if (slice.owner() != null) {
            sql.append(" AND ").append(alias).append(".owner = ?");
            params.add(slice.owner().name());
        }
        if (slice.platform() != null) {
            sql.append(" AND ").append(alias).append(".platform = ?");
            params.add(slice.platform().name());
        }
        return sql.append(cityFilter(ids, alias + ".city_id", params)).toString();
    }

    /** The city filters as {@code AND column = ANY (?)} over the ids the directory gives for them (none: all cities). */
    private static String cityFilter(List<Long> ids, String column, List<Object> params) {
        if (ids == null) {
            return "";
        }
        params.add(ids.toArray(Long[]::new));
        return " AND " + column + " = ANY (?)";
    }

    // most baselines are empty: no new string for them
    private static String text(byte[] bytes) {
        return bytes == null ? null : bytes.length == 0 ? "" : new String(bytes, StandardCharsets.UTF_8);
    }

    // a city created after the snapshot was read
    private static boolean anyUnknownCity(List<List<?>> results) {
        for (List<?> rows : results) {
            for (Object row : rows) {
                if (row instanceof CityIdValue) {
                    return true;
                }
            }
        }
        return false;
    }

    // 't' in text, 1 in binary: both encodings of true, no string decoded
    private static boolean bool(byte[] bytes) {
        return bytes != null && (bytes[0] == 't' || bytes[0] == 1);
    }

    /** Values of one year in the order of their cities' places, stable: a counting sort over the places. */
    private static List<CityValue> inCityOrder(List<CityValue> values, int places) {
        int[] start = new int[places + 1];
        for (CityValue v : values) {
            start[v.cityOrder() + 1]++;
        }
        for (int i = 0; i < places; i++) {
            start[i + 1] += start[i];
        }
        CityValue[] sorted = new CityValue[values.size()];
        for (CityValue v : values) {
            sorted[start[v.cityOrder()]++] = v;
        }
        return Arrays.asList(sorted);
    }

    private static final Names<Qualifier> QUALIFIERS = new Names<>(Qualifier.values());
    private static final Names<Owner> OWNERS = new Names<>(Owner.values());
    private static final Names<Platform> PLATFORMS = new Names<>(Platform.values());

    /** An enum's constants by the bytes of their names, as a text column brings them. */
    private record Names<E extends Enum<E>>(E[] constants, byte[][] names) {

        Names(E[] constants) {
            this(constants, Arrays.stream(constants).map(e -> e.name().getBytes(StandardCharsets.UTF_8)).toArray(byte[][]::new));
        }

        // a few names compared in turn: cheaper, once per column of every row, than decoding and hashing a string
        E named(byte[] name) {
            for (int i = 0; i < names.length; i++) {
                if (Arrays.equals(names[i], name)) {
                    return constants[i];
                }
            }
            throw new IllegalStateException("'" + new String(name, StandardCharsets.UTF_8) + "' is not one of "
                    + Arrays.toString(constants));
        }
    }
}
