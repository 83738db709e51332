package org.pressstats.stats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.pressstats.city.FederalDistrict;
import org.pressstats.common.ProblemException;
import org.pressstats.metric.MetricKind;
import org.pressstats.report.Owner;
import org.pressstats.report.Platform;
import org.pressstats.stats.RollupQueries.CityValue;
import org.pressstats.stats.StatsAnswers.BaselineGroup;
import org.pressstats.stats.StatsAnswers.Breakdown;
import org.pressstats.stats.StatsAnswers.CityRef;
import org.pressstats.stats.StatsAnswers.Coverage;
import org.pressstats.stats.StatsAnswers.CoverageCity;
import org.pressstats.stats.StatsAnswers.CoverageMetric;
import org.pressstats.stats.StatsAnswers.Group;
import org.pressstats.stats.StatsAnswers.Growth;
import org.pressstats.stats.StatsAnswers.GrowthEntry;
import org.pressstats.stats.StatsAnswers.MetricRef;
import org.pressstats.stats.StatsAnswers.Missing;
import org.pressstats.stats.StatsAnswers.Ranking;
import org.pressstats.stats.StatsAnswers.RankingEntry;
import org.pressstats.stats.StatsAnswers.Series;
import org.pressstats.stats.StatsAnswers.SeriesPoint;
import org.pressstats.stats.StatsAnswers.Totals;

/** Answers the dashboards' questions from the rolled-up values, carrying every qualifier through. */
@ApplicationScoped
public class StatsService {

    @Inject
    RollupQueries queries;

    public Totals totals(StatsFilter filter, int year) {
        MetricRef metric = metric(filter);
        RollupQueries.Counted counted = queries.counted(filter, whole(filter), year);
        List<CityValue> values = counted.values();
        Qualified reporting = Qualified.exact(values.size());
        Qualified filed = Qualified.exact(counted.filed());
        if (values.isEmpty()) {
            return new Totals(metric, year, Qualified.exact(0), reporting, filed, null, null, null, null, null, null,
                    "no city reported " + metric.code() + " for " + year + " under these filters");
        }
        List<BaselineGroup> groups = baselineGroups(metric, values);
        if (groups != null) {
            return new Totals(metric, year, null, reporting, filed, null, null, null, null, null, groups,
                    "growth figures measured against different baselines are not added up; see baselines");
        }
        QualifiedMath.Summary summary = QualifiedMath.summarize(values, v -> v.row().value(), v -> v.row().qualifier());
        return new Totals(metric, year, summary.sum(), reporting, filed, summary.min(), summary.max(), summary.mean(),
                summary.median(), values.get(0).row().baseline(), null, null);
    }

    public Series series(StatsFilter filter, int from, int to) {
        MetricRef metric = metric(filter);
        List<Integer> years = IntStream.rangeClosed(from, to).boxed().toList();
        Map<Integer, List<CityValue>> byYear = queries.values(filter, filter.level(), filter.owner(), filter.platform(), years)
                .stream().collect(Collectors.groupingBy(CityValue::year, TreeMap::new, Collectors.toList()));
        List<SeriesPoint> points = new ArrayList<>();
        for (int year : years) {
            List<CityValue> values = byYear.getOrDefault(year, List.of());
            Qualified reporting = Qualified.exact(values.size());
            if (values.isEmpty()) {
                points.add(new SeriesPoint(year, null, reporting, null, "no data"));
            } else if (baselineGroups(metric, values) != null) {
                points.add(new SeriesPoint(year, null, reporting, null, "different baselines; not added up"));
            } else {
                points.add(new SeriesPoint(year, sum(values),
                        reporting, values.get(0).row().baseline(), null));
            }
        }
        CityRef city = filter.cities() != null && filter.cities().size() == 1 ? cityRef(filter.cities().get(0), byYear) : null;
        String note = byYear.isEmpty() ? "no city reported " + metric.code() + " from " + from + " to " + to : null;
        return new Series(metric, city, from, to, points, note);
    }

    public Ranking ranking(StatsFilter filter, int year, int limit, boolean perCapita) {
        MetricRef metric = metric(filter);
        // by count only the rows that can make the first `limit` come; per capita every city can
        List<CityValue> values = perCapita
                ? queries.values(filter, filter.level(), filter.owner(), filter.platform(), List.of(year))
                : queries.top(filter, filter.level(), filter.owner(), filter.platform(), year, limit);
        List<CityRef> leftOut = perCapita ? new ArrayList<>() : null;
        record Ranked(CityValue source, Qualified value) {
        }
        Comparator<Ranked> order = (a, b) -> {
            int byValue = b.value().value().compareTo(a.value().value());
            return byValue != 0 ? byValue : Integer.compare(a.source().cityOrder(), b.source().cityOrder());
        };
        // only the first `limit` are shown: keep the best of them in a heap whose head is the worst kept
        PriorityQueue<Ranked> best = new PriorityQueue<>(limit + 1, order.reversed());
        for (CityValue v : values) {
            if (v.row().value() == null) {
                continue;
            }
            if (perCapita && v.population() == null) {
                leftOut.add(v.city());
                continue;
            }
            Ranked candidate = new Ranked(v, perCapita ? QualifiedMath.perThousand(qualified(v), v.population()) : qualified(v));
            if (best.size() < limit) {
                best.add(candidate);
            } else if (order.compare(candidate, best.peek()) < 0) {
                best.poll();
                best.add(candidate);
            }
        }
        List<Ranked> ranked = best.stream().sorted(order).toList();
        List<RankingEntry> items = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            boolean tie = i > 0 && ranked.get(i).value().value().compareTo(ranked.get(i - 1).value().value()) == 0;
            int rank = tie ? items.get(i - 1).rank() : i + 1;
            items.add(new RankingEntry(rank, ranked.get(i).source().city(), ranked.get(i).value(),
                    ranked.get(i).source().row().baseline()));
        }
        String note = items.isEmpty() ? "no city to rank for " + metric.code() + " in " + year : null;
        return new Ranking(metric, year, perCapita, items, leftOut, leftOut == null ? null : Qualified.exact(leftOut.size()), note);
    }

    public Growth growth(StatsFilter filter, int from, int to) {
        MetricRef metric = metric(filter);
        Map<String, Map<Integer, CityValue>> byCity = new LinkedHashMap<>();
        for (CityValue v : queries.values(filter, filter.level(), filter.owner(), filter.platform(), List.of(from, to))) {
            byCity.computeIfAbsent(v.city().slug(), s -> new TreeMap<>()).put(v.year(), v);
        }
        List<GrowthEntry> items = new ArrayList<>();
        List<Missing> missing = new ArrayList<>();
        for (Map<Integer, CityValue> years : byCity.values()) {
            CityValue first = years.get(from);
            CityValue last = years.get(to);
            CityRef city = (first != null ? first : last).city();
            if (first == null || last == null || first.row().value() == null || last.row().value() == null
                    || !Objects.equals(first.row().baseline(), last.row().baseline())) {
                List<Integer> gaps = new ArrayList<>();
                if (first == null || first.row().value() == null) {
                    gaps.add(from);
                }
                if (last == null || last.row().value() == null) {
                    gaps.add(to);
                }
                missing.add(new Missing(city, gaps));
                continue;
            }
            Qualified a = qualified(first);
            Qualified b = qualified(last);
            items.add(new GrowthEntry(city, a, b, QualifiedMath.difference(b, a), QualifiedMath.percentChange(b, a)));
        }
        items.sort(Comparator.comparing((GrowthEntry e) -> e.change().value()).reversed().thenComparing(e -> e.city().slug()));
        String note = items.isEmpty() ? "no city reported " + metric.code() + " in both " + from + " and " + to : null;
        return new Growth(metric, from, to, items, missing, note);
    }

    public Breakdown breakdown(StatsFilter filter, int year, String by) {
        MetricRef metric = metric(filter);
        List<Integer> years = List.of(year);
        RollupQueries.Slice partSlice;
        Function<CityValue, String> key;
        Function<String, String> label;
        switch (by) {
            case "owner" -> {
                if (filter.owner() != null) {
                    throw ProblemException.badRequest("owner", "cannot be combined with by=owner");
                }
                partSlice = new RollupQueries.Slice(filter.platform() == null ? RollUp.Level.OWNER : RollUp.Level.ACCOUNT,
                        null, filter.platform());
                key = v -> v.row().owner().name();
                label = k -> Owner.valueOf(k).labelRu;
            }
            case "platform" -> {
                if (filter.platform() != null) {
                    throw ProblemException.badRequest("platform", "cannot be combined with by=platform");
                }
                partSlice = new RollupQueries.Slice(filter.owner() == null ? RollUp.Level.PLATFORM : RollUp.Level.ACCOUNT,
                        filter.owner(), null);
                key = v -> v.row().platform().name();
                label = k -> Platform.valueOf(k).labelRu;
            }
            case "district" -> {
                partSlice = null; // a city's district comes from the directory: its whole value is the part
                key = v -> v.district().name();
                label = k -> FederalDistrict.valueOf(k).nameRu;
            }
            default -> throw ProblemException.badRequest("by", "'" + by + "' is not one of owner, platform, district");
        }
        List<List<CityValue>> read = queries.values(filter, years,
                partSlice == null ? List.of(whole(filter)) : List.of(whole(filter), partSlice));
        List<CityValue> wholes = read.get(0);
        List<CityValue> parts = partSlice == null ? wholes.stream().filter(v -> v.district() != null).toList() : read.get(1);
        if (baselineGroups(metric, wholes) != null) {
            return new Breakdown(metric, year, by, List.of(), null, List.of(),
                    "growth figures measured against different baselines are not added up");
        }
        Map<String, List<CityValue>> grouped = parts.stream().filter(v -> v.row().value() != null)
                .collect(Collectors.groupingBy(key, TreeMap::new, Collectors.toList()));
        List<Group> groups = grouped.entrySet().stream().map(e -> new Group(e.getKey(), label.apply(e.getKey()),
                sum(e.getValue()),
                Qualified.exact(e.getValue().size()))).toList();
        List<Qualified> rest = new ArrayList<>();
        List<CityRef> restCities = new ArrayList<>();
        int next = 0; // wholes and parts are both in city order: each city's parts follow on from the last city's
        List<RollUp.Row> cityParts = new ArrayList<>();
        for (CityValue whole : wholes) {
            if (partSlice == null && whole.district() != null) {
                continue; // by district: a city with a district is wholly in its group
            }
            cityParts.clear();
            while (partSlice != null && next < parts.size() && parts.get(next).cityOrder() <= whole.cityOrder()) {
                CityValue part = parts.get(next++);
                if (part.cityOrder() == whole.cityOrder()) {
                    cityParts.add(part.row());
                }
            }
            RollUp.unattributed(whole.row(), cityParts).ifPresent(r -> {
                rest.add(Qualified.of(r.value(), r.qualifier()));
                restCities.add(whole.city());
            });
        }
        String note = wholes.isEmpty() ? "no city reported " + metric.code() + " for " + year + " under these filters" : null;
        return new Breakdown(metric, year, by, groups, rest.isEmpty() ? null : QualifiedMath.sum(rest), restCities, note);
    }

    public Coverage coverage(StatsFilter filter, int year) {
        List<String> catalog = queries.metricCodes();
        Map<String, Integer> counts = new TreeMap<>();
        catalog.forEach(code -> counts.put(code, 0));
        List<CoverageCity> cities = new ArrayList<>();
        long filed = 0;
        for (var entry : queries.coverage(filter, year).entrySet()) {
            List<String> reported = entry.getValue();
            reported.forEach(code -> counts.merge(code, 1, Integer::sum));
            filed += entry.getKey().filed() ? 1 : 0;
            List<String> missing = catalog.stream().filter(code -> !reported.contains(code)).toList();
            cities.add(new CoverageCity(entry.getKey().city(), entry.getKey().filed(), reported, missing));
        }
        List<CoverageMetric> metrics = counts.entrySet().stream()
                .map(e -> new CoverageMetric(e.getKey(), Qualified.exact(e.getValue()))).toList();
        return new Coverage(year, Qualified.exact(filed), metrics, cities);
    }

    private MetricRef metric(StatsFilter filter) {
        if (filter.metric() == null || filter.metric().isBlank()) {
            throw ProblemException.badRequest("metric", "is required: a code from GET /api/v1/metrics");
        }
        return queries.metric(filter.metric()).orElseThrow(
                () -> ProblemException.badRequest("metric", "'" + filter.metric() + "' is not in the metric catalog"));
    }

    private static RollupQueries.Slice whole(StatsFilter filter) {
        return new RollupQueries.Slice(filter.level(), filter.owner(), filter.platform());
    }

    /** For growth metrics whose values do not share one baseline: one group per baseline; otherwise null. */
    private static List<BaselineGroup> baselineGroups(MetricRef metric, List<CityValue> values) {
        if (metric.kind() != MetricKind.GROWTH) {
            return null;
        }
        Map<String, List<CityValue>> byBaseline = values.stream().collect(Collectors.groupingBy(
                v -> v.row().value() == null ? "(mixed within the city)" : String.valueOf(v.row().baseline()),
                TreeMap::new, Collectors.toList()));
        if (byBaseline.size() <= 1 && values.stream().allMatch(v -> v.row().value() != null)) {
            return null;
        }
        return byBaseline.entrySet().stream().map(e -> new BaselineGroup(e.getKey(),
                e.getValue().stream().map(CityValue::city).toList(),
                e.getValue().stream().allMatch(v -> v.row().value() != null)
                        ? sum(e.getValue()) : null)).toList();
    }

    private static CityRef cityRef(String slug, Map<Integer, List<CityValue>> byYear) {
        return byYear.values().stream().flatMap(List::stream).map(CityValue::city).findFirst()
                .orElse(new CityRef(slug, null));
    }

    private static Qualified sum(List<CityValue> values) {
        return QualifiedMath.sum(values, v -> v.row().value(), v -> v.row().qualifier());
    }

    private static Qualified qualified(CityValue v) {
        return Qualified.of(v.row().value(), v.row().qualifier());
    }
}
