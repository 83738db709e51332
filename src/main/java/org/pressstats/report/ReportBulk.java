package org.pressstats.report;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.pressstats.audit.Action;
import org.pressstats.audit.EntityType;
import org.pressstats.audit.History;
import org.pressstats.common.CopyIn;
import org.pressstats.common.Timestamps;
import org.pressstats.stats.RollUp;
import org.pressstats.stats.Rollups;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Replaces the figures of many city-years at once on the caller's connection and transaction: the same result as a
 * PUT of each report with its figures changed (version, history entry, roll-up), written set by set.
 */
@ApplicationScoped
public class ReportBulk {

    /** A city-year's figures as an import gives them, in file order; the rules are checked already. */
    public record FigureSet(long cityId, String city, String cityName, int year, List<FigureDto> figures) {
    }

    /** What a batch changed: city-years created, replaced, left as they were, and figures added and removed. */
    public record Outcome(int created, int replaced, int unchanged, int figuresAdded, int figuresRemoved) {
        public Outcome plus(Outcome o) {
            return new Outcome(created + o.created, replaced + o.replaced, unchanged + o.unchanged,
                    figuresAdded + o.figuresAdded, figuresRemoved + o.figuresRemoved);
        }
    }

    public static final Outcome NOTHING = new Outcome(0, 0, 0, 0, 0);

    private static final String EXISTING = "SELECT r.id, r.city_id, r.year, r.summary, r.plans, r.source, r.created_at, "
            + "r.updated_at, r.version, " + ReportReads.CHILDREN + " FROM report r "
            + "JOIN unnest(?::bigint[], ?::int[]) AS k (city_id, year) ON r.city_id = k.city_id AND r.year = k.year";

    private record Existing(long id, ReportDto report) {
    }

    @Inject
    History history;

    @Inject
    ObjectMapper json;

    @Inject
    ReportReads reads;

    /** Replaces the figures of each set's city-year (creating the report where there is none); prose and highlights stay. */
    public Outcome replaceFigures(Connection connection, List<FigureSet> sets) throws SQLException {
        Map<String, Existing> existing = existing(connection, sets);
        Instant now = Timestamps.now();
        List<FigureSet> created = new ArrayList<>();
        List<Long> replacedIds = new ArrayList<>();
        List<FigureSet> replaced = new ArrayList<>();
        int unchanged = 0;
        int added = 0;
        int removed = 0;
        for (FigureSet set : sets) {
            Existing before = existing.get(key(set.cityId(), set.year()));
            List<FigureDto> old = before == null ? List.of() : before.report().figures();
            if (before != null && old.equals(set.figures())) {
                unchanged++;
                continue;
            }
            added += difference(set.figures(), old);
            removed += difference(old, set.figures());
            if (before == null) {
                created.add(set);
            } else {
                replaced.add(set);
                replacedIds.add(before.id());
            }
        }
        Map<String, Long> ids = insertReports(connection, created, now);
        for (int i = 0; i < replaced.size(); i++) {
            ids.put(key(replaced.get(i).cityId(), replaced.get(i).year()), replacedIds.get(i));
        }
        updateReports(connection, replacedIds, now);
        writeFigures(connection, created, replaced, ids);
        List<Rollups.Figures> rollups = new ArrayList<>();
        List<History.Entry> entries = new ArrayList<>();
        for (FigureSet set : concat(created, replaced)) {
            long id = ids.get(key(set.cityId(), set.year()));
            rollups.add(new Rollups.Figures(id, set.cityId(), set.year(), byMetric(set.figures())));
            Existing before = existing.get(key(set.cityId(), set.year()));
            ReportDto after = before == null
                    ? new ReportDto(set.city(), set.year(), set.cityName(), null, null, null, set.figures(), List.of(), now, now, 0L)
                    : new ReportDto(set.city(), set.year(), set.cityName(), before.report().summary(), before.report().plans(),
                            before.report().source(), set.figures(), before.report().highlights(), before.report().createdAt(),
                            now, before.report().version() + 1);
            entries.add(new History.Entry(EntityType.REPORT, EntityType.reportKey(set.city(), set.year()),
                    before == null ? Action.CREATE : Action.REPLACE, before == null ? null : write(before.report()), write(after)));
        }
        Rollups.replaceAll(connection, rollups);
        history.recordAll(connection, entries);
        return new Outcome(created.size(), replaced.size(), unchanged, added, removed);
    }

    private Map<String, Existing> existing(Connection connection, List<FigureSet> sets) throws SQLException {
        Map<String, Existing> found = new HashMap<>();
        Map<Long, FigureSet> byCity = new HashMap<>();
        sets.forEach(s -> byCity.putIfAbsent(s.cityId(), s));
        try (PreparedStatement query = connection.prepareStatement(EXISTING)) {
            query.setArray(1, connection.createArrayOf("bigint", sets.stream().map(FigureSet::cityId).toArray()));
            query.setArray(2, connection.createArrayOf("integer", sets.stream().map(FigureSet::year).toArray()));
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    FigureSet set = byCity.get(rs.getLong(2));
                    ReportDto report = reads.report(rs, set.city(), set.cityName(), rs.getInt(3), 4);
                    found.put(key(rs.getLong(2), rs.getInt(3)), new Existing(rs.getLong(1), report));
                }
            }
        }
        return found;
    }

    private static Map<String, Long> insertReports(Connection connection, List<FigureSet> created, Instant now) throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        if (created.isEmpty()) {
            return ids;
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO report (city_id, year, created_at, "
                + "updated_at, version) SELECT k.city_id, k.year, ?, ?, 0 FROM unnest(?::bigint[], ?::int[]) AS k (city_id, year) "
                + "RETURNING id, city_id, year")) {
            insert.setTimestamp(1, Timestamp.from(now));
            insert.setTimestamp(2, Timestamp.from(now));
            insert.setArray(3, connection.createArrayOf("bigint", created.stream().map(FigureSet::cityId).toArray()));
            insert.setArray(4, connection.createArrayOf("integer", created.stream().map(FigureSet::year).toArray()));
            try (ResultSet rs = insert.executeQuery()) {
                while (rs.next()) {
                    ids.put(key(rs.getLong(2), rs.getInt(3)), rs.getLong(1));
                }
            }
        }
        return ids;
    }

    private static void updateReports(Connection connection, List<Long> ids, Instant now) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        Object[] array = ids.toArray();
        try (PreparedStatement update = connection.prepareStatement("UPDATE report SET version = version + 1, updated_at = ? "
                + "WHERE id = ANY (?)");
                PreparedStatement delete = connection.prepareStatement("DELETE FROM figure WHERE report_id = ANY (?)")) {
            update.setTimestamp(1, Timestamp.from(now));
            update.setArray(2, connection.createArrayOf("bigint", array));
            update.executeUpdate();
            delete.setArray(1, connection.createArrayOf("bigint", array));
            delete.executeUpdate();
        }
    }

    private static void writeFigures(Connection connection, List<FigureSet> created, List<FigureSet> replaced,
            Map<String, Long> ids) throws SQLException {
        if (created.isEmpty() && replaced.isEmpty()) {
            return;
        }
        try (CopyIn copy = CopyIn.open(connection, "figure", "report_id, position, metric, owner, platform, value, qualifier, "
                + "baseline, note")) {
            for (FigureSet set : concat(created, replaced)) {
                long id = ids.get(key(set.cityId(), set.year()));
                for (int i = 0; i < set.figures().size(); i++) {
                    FigureDto f = set.figures().get(i);
                    copy.row(id, i, f.metric(), f.owner(), f.platform(), f.value(), f.qualifier(), f.baseline(), f.note());
                }
            }
        }
    }

    private static Map<String, List<RollUp.Input>> byMetric(List<FigureDto> figures) {
        Map<String, List<RollUp.Input>> byMetric = new java.util.LinkedHashMap<>();
        for (FigureDto f : figures) {
            byMetric.computeIfAbsent(f.metric(), m -> new ArrayList<>())
                    .add(new RollUp.Input(f.owner(), f.platform(), f.value(), f.qualifier(), f.baseline()));
        }
        return byMetric;
    }

    /** How many of {@code a} are not matched by one of {@code b}, as multisets: figures added or removed. */
    public static int difference(List<FigureDto> a, List<FigureDto> b) {
        Map<FigureDto, Integer> left = new HashMap<>();
        b.forEach(f -> left.merge(f, 1, Integer::sum));
        int count = 0;
        for (FigureDto f : a) {
            Integer n = left.get(f);
            if (n == null || n == 0) {
                count++;
            } else {
                left.put(f, n - 1);
            }
        }
        return count;
    }

    private static List<FigureSet> concat(List<FigureSet> a, List<FigureSet> b) {
        List<FigureSet> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static String key(long cityId, int year) {
        return cityId + "/" + year;
    }

    private String write(ReportDto report) {
        try {
            return json.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
