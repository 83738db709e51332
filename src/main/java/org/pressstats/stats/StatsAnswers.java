package org.pressstats.stats;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pressstats.metric.MetricKind;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/** The answers of the stats API; each can be written as JSON or CSV. */
public final class StatsAnswers {

    private StatsAnswers() {
    }

    @Schema(name = "MetricRef")
    public record MetricRef(String code, String nameRu, String nameEn, String unit, MetricKind kind) {
    }

    @Schema(name = "CityRef")
    public record CityRef(@Schema(examples = "bratsk") String slug, @Schema(examples = "Братск") String name) {
    }

    @Schema(name = "BaselineGroup", description = "Growth figures measured against one baseline")
    public record BaselineGroup(String baseline, List<CityRef> cities, Qualified sum) {
    }

    @Schema(name = "Totals")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Totals(MetricRef metric, int year,
            @Schema(description = "Sum of the cities' values") Qualified sum,
            @Schema(description = "Cities with a figure of the metric") Qualified citiesReporting,
            @Schema(description = "Cities that filed a report that year") Qualified citiesFiled,
            Qualified min, Qualified max, Qualified mean, Qualified median,
            @Schema(description = "Growth metrics: the baseline all values share") String baseline,
            @Schema(description = "Growth metrics whose cities use different baselines: one group each; no sum across them")
            List<BaselineGroup> baselines,
            @Schema(description = "Said when there is nothing to add up") String note) implements CsvTable {

        @Override
        @JsonIgnore
        public List<String> csvHeader() {
            return List.of("metric", "year", "measure", "value", "qualifier");
        }

        @Override
        @JsonIgnore
        public List<List<Object>> csvRows() {
            List<List<Object>> rows = new ArrayList<>();
            String[] names = { "sum", "citiesReporting", "citiesFiled", "min", "max", "mean", "median" };
            Qualified[] values = { sum, citiesReporting, citiesFiled, min, max, mean, median };
            for (int i = 0; i < names.length; i++) {
                if (values[i] != null) {
                    rows.add(List.of(metric.code(), year, names[i], values[i].value(), values[i].qualifier()));
                }
            }
            return rows;
        }
    }

    @Schema(name = "SeriesPoint")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SeriesPoint(int year, Qualified value, Qualified citiesReporting, String baseline, String note) {
    }

    @Schema(name = "Series")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Series(MetricRef metric, @Schema(description = "The one city asked for; absent: all cities together")
            CityRef city, int from, int to, List<SeriesPoint> points, String note) implements CsvTable {

        @Override
        @JsonIgnore
        public List<String> csvHeader() {
            return List.of("metric", "city", "year", "value", "qualifier", "citiesReporting", "baseline");
        }

        @Override
        @JsonIgnore
        public List<List<Object>> csvRows() {
            return points.stream().map(p -> List.<Object>of(metric.code(), city == null ? "" : city.slug(), p.year(),
                    p.value() == null ? "" : p.value().value(), p.value() == null ? "" : p.value().qualifier(),
                    p.citiesReporting().value(), p.baseline() == null ? "" : p.baseline())).toList();
        }
    }

    @Schema(name = "RankingEntry")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RankingEntry(int rank, CityRef city, Qualified value, String baseline) {
    }

    @Schema(name = "Ranking")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Ranking(MetricRef metric, int year, boolean perCapita, List<RankingEntry> items,
            @Schema(description = "perCapita: cities left out because their population is unknown") List<CityRef> leftOut,
            @Schema(description = "perCapita: how many were left out") Qualified leftOutCount,
            String note) implements CsvTable {

        @Override
        @JsonIgnore
        public List<String> csvHeader() {
            return List.of("rank", "city", "name", perCapita ? "valuePer1000" : "value", "qualifier");
        }

        @Override
        @JsonIgnore
        public List<List<Object>> csvRows() {
            return items.stream().map(e -> List.<Object>of(e.rank(), e.city().slug(), e.city().name(),
                    e.value().value(), e.value().qualifier())).toList();
        }
    }

    @Schema(name = "GrowthEntry")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record GrowthEntry(CityRef city, Qualified from, Qualified to, Qualified change,
            @Schema(description = "Change in percent of the first year's value; absent when that is 0") Qualified changePercent) {
    }

    @Schema(name = "MissingYears")
    public record Missing(CityRef city, List<Integer> missingYears) {
    }

    @Schema(name = "Growth")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Growth(MetricRef metric, int from, int to, List<GrowthEntry> items,
            @Schema(description = "Cities that lack the metric in either year") List<Missing> missing,
            String note) implements CsvTable {

        @Override
        @JsonIgnore
        public List<String> csvHeader() {
            return List.of("city", "name", "from", "fromQualifier", "to", "toQualifier", "change", "changeQualifier",
                    "changePercent", "changePercentQualifier");
        }

        @Override
        @JsonIgnore
        public List<List<Object>> csvRows() {
            return items.stream().map(e -> List.<Object>of(e.city().slug(), e.city().name(),
                    e.from().value(), e.from().qualifier(), e.to().value(), e.to().qualifier(),
                    e.change().value(), e.change().qualifier(),
                    e.changePercent() == null ? "" : e.changePercent().value(),
                    e.changePercent() == null ? "" : e.changePercent().qualifier())).toList();
        }
    }

    @Schema(name = "BreakdownGroup")
    public record Group(@Schema(examples = "MAYOR") String key, @Schema(examples = "Мэр") String labelRu, Qualified value,
            @Schema(description = "Cities contributing to the group") Qualified cities) {
    }

    @Schema(name = "Breakdown")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Breakdown(MetricRef metric, int year, String by, List<Group> groups,
            @Schema(description = "What the cities reported only above the level of the groups") Qualified unattributed,
            List<CityRef> unattributedCities, String note) implements CsvTable {

        @Override
        @JsonIgnore
        public List<String> csvHeader() {
            return List.of("metric", "year", by, "value", "qualifier", "cities");
        }

        @Override
        @JsonIgnore
        public List<List<Object>> csvRows() {
            List<List<Object>> rows = new ArrayList<>(groups.stream().map(g -> List.<Object>of(metric.code(), year, g.key(),
                    g.value().value(), g.value().qualifier(), g.cities().value())).toList());
            if (unattributed != null) {
                rows.add(List.of(metric.code(), year, "(unattributed)", unattributed.value(), unattributed.qualifier(),
                        unattributedCities.size()));
            }
            return rows;
        }
    }

    @Schema(name = "CoverageCity")
    public record CoverageCity(CityRef city, boolean filed, List<String> reported, List<String> missing) {
    }

    @Schema(name = "CoverageMetric")
    public record CoverageMetric(String code, Qualified citiesReporting) {
    }

    @Schema(name = "Coverage")
    public record Coverage(int year, Qualified citiesFiled, List<CoverageMetric> metrics, List<CoverageCity> cities)
            implements CsvTable {

        @Override
        @JsonIgnore
        public List<String> csvHeader() {
            return List.of("city", "name", "filed", "metric", "reported");
        }

        @Override
        @JsonIgnore
        public List<List<Object>> csvRows() {
            List<List<Object>> rows = new ArrayList<>();
            for (CoverageCity c : cities) {
                for (CoverageMetric m : metrics) {
                    rows.add(List.of(c.city().slug(), c.city().name(), c.filed(), m.code(), c.reported().contains(m.code())));
                }
            }
            return rows;
        }
    }
}
