package org.pressstats.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The contract's examples, taken from the sample data and from the answers the service gives on it. */
final class OpenApiExamples {

    private static final ObjectMapper JSON = new ObjectMapper();

    private OpenApiExamples() {
    }

    static void addTo(Components components) {
        Map<String, Object> bratsk = sample("cities/bratsk.json");
        Map<String, Object> blagoveshchensk = sample("cities/blagoveshchensk.json");
        Map<String, Object> bratskReport = sample("reports/bratsk-2023.json");
        Map<String, Object> subscribers = subscribersMetric();
        example(components, "city-bratsk", "Bratsk, from the sample data", bratsk);
        example(components, "report-bratsk-2023", "Bratsk 2023, from the sample data", bratskReport);
        example(components, "metric-subscribers", "A metric of the seeded catalog", subscribers);
        example(components, "city-page", "Both sample cities", page(List.of(blagoveshchensk, bratsk)));
        example(components, "report-page", "The Bratsk sample report", page(List.of(bratskReport)));
        example(components, "metric-page", "A page of one metric", page(List.of(subscribers)));
        example(components, "change-bratsk-2023", "The creation of the Bratsk 2023 sample report", change(bratskReport, true));
        example(components, "change-page", "The history of the Bratsk 2023 sample report", page(List.of(change(bratskReport, false))));
        statsExamples(components);
        draftExamples(components);
        bulkExamples(components);
    }

    /** The sample data as the import and export formats give it. */
    private static void bulkExamples(Components components) {
        StringBuilder csv = new StringBuilder("city,year,metric,owner,platform,value,qualifier,baseline,note\n");
        StringBuilder ndjson = new StringBuilder();
        int figures = 0;
        for (String name : List.of("blagoveshchensk-2023", "bratsk-2023")) {
            Map<String, Object> report = sample("reports/" + name + ".json");
            for (Object f : (List<?>) report.get("figures")) {
                Map<?, ?> figure = (Map<?, ?>) f;
                csv.append(report.get("city")).append(',').append(report.get("year"));
                for (String column : List.of("metric", "owner", "platform", "value", "qualifier", "baseline", "note")) {
                    Object value = figure.get(column);
                    String cell = value == null ? "" : value.toString();
                    csv.append(',').append(cell.contains(",") || cell.contains("\"") ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell);
                }
                csv.append('\n');
                figures++;
            }
            try {
                ndjson.append(JSON.writeValueAsString(report)).append('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        example(components, "import-csv", "The figures of both sample reports in the long format", csv.toString());
        example(components, "import-ndjson", "Both sample reports, one per line", ndjson.toString());
        example(components, "import-result", "The CSV above imported into a database that has the two cities and no reports",
                json("{\"format\":\"CSV\",\"dryRun\":false,\"rows\":" + figures + ",\"cityYears\":{\"created\":2,"
                        + "\"replaced\":0,\"unchanged\":0},\"figures\":{\"added\":" + figures + ",\"removed\":0}}"));
        StringBuilder cities = new StringBuilder("slug,name,region,federalDistrict,population,website\n");
        for (String name : List.of("blagoveshchensk", "bratsk")) {
            Map<String, Object> city = sample("cities/" + name + ".json");
            for (String column : List.of("slug", "name", "region", "federalDistrict", "population", "website")) {
                Object value = city.get(column);
                cities.append(column.equals("slug") ? "" : ",").append(value == null ? "" : value);
            }
            cities.append('\n');
        }
        example(components, "import-cities-csv", "The two sample cities", cities.toString());
        example(components, "import-cities-result", "The two sample cities imported into an empty database",
                json("{\"format\":\"CSV\",\"dryRun\":false,\"rows\":2,\"cities\":{\"created\":2,\"replaced\":0,"
                        + "\"unchanged\":0}}"));
    }

    /** The Bratsk narrative as a request, and the draft the service reads from it (checked by DraftResourceTest). */
    private static void draftExamples(Components components) {
        example(components, "narrative-bratsk-2023", "The Bratsk 2023 report as the press service wrote it", text("narratives/bratsk-2023.txt"));
        example(components, "draft-bratsk-2023", "The draft read from the Bratsk 2023 report", sample("drafts/bratsk-2023.json"));
    }

    private static void example(Components components, String name, String summary, Object value) {
        components.addExample(name, OASFactory.createExample().summary(summary).value(value));
    }

    /** The history entry the sample data leaves: the report created by the service at start. */
    private static Map<String, Object> change(Map<String, Object> report, boolean whole) {
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("id", 4);
        change.put("entity", "REPORT");
        change.put("key", report.get("city") + "/" + report.get("year"));
        change.put("version", 1);
        change.put("action", "CREATE");
        change.put("actor", Caller.SYSTEM);
        change.put("at", "2026-11-22T04:00:00Z");
        if (whole) {
            change.put("before", null);
            change.put("after", report);
        }
        return change;
    }

    private static Map<String, Object> page(List<Map<String, Object>> items) {
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("items", items);
        page.put("page", 0);
        page.put("size", 20);
        page.put("totalItems", items.size());
        page.put("totalPages", 1);
        return page;
    }

    /** Answers the service gives on the sample data (checked by StatsResourceTest). */
    private static void statsExamples(Components components) {
        String subscribers = "{\"code\":\"subscribers\",\"nameRu\":\"Подписчики\",\"nameEn\":\"Subscribers\",\"unit\":\"подписчиков\",\"kind\":\"STOCK\"}";
        String pressReleases = "{\"code\":\"press_releases\",\"nameRu\":\"Пресс-релизы\",\"nameEn\":\"Press releases\",\"unit\":\"шт.\",\"kind\":\"FLOW\"}";
        String bratsk = "{\"slug\":\"bratsk\",\"name\":\"Братск\"}";
        String blag = "{\"slug\":\"blagoveshchensk\",\"name\":\"Благовещенск\"}";
        example(components, "stats-totals", "Subscribers in 2023: Bratsk's seven accounts plus Blagoveshchensk's reported total",
                json("{\"metric\":" + subscribers + ",\"year\":2023,\"sum\":" + q("60716", "AT_LEAST")
                        + ",\"citiesReporting\":" + q("2", "EXACT") + ",\"citiesFiled\":" + q("2", "EXACT")
                        + ",\"min\":" + q("25000", "AT_LEAST") + ",\"max\":" + q("35716", "AT_LEAST")
                        + ",\"mean\":" + q("30358", "AT_LEAST") + ",\"median\":" + q("30358", "AT_LEAST") + "}"));
        example(components, "stats-series", "Press releases, all cities",
                json("{\"metric\":" + pressReleases + ",\"from\":2022,\"to\":2023,\"points\":[{\"year\":2022,\"citiesReporting\":"
                        + q("0", "EXACT") + ",\"note\":\"no data\"},{\"year\":2023,\"value\":" + q("4945", "EXACT")
                        + ",\"citiesReporting\":" + q("2", "EXACT") + "}]}"));
        example(components, "stats-ranking", "Press releases in 2023",
                json("{\"metric\":" + pressReleases + ",\"year\":2023,\"perCapita\":false,\"items\":[{\"rank\":1,\"city\":" + blag
                        + ",\"value\":" + q("3415", "EXACT") + "},{\"rank\":2,\"city\":" + bratsk + ",\"value\":" + q("1530", "EXACT") + "}]}"));
        example(components, "stats-growth", "Press releases 2022 to 2023: no city has both years in the sample data",
                json("{\"metric\":" + pressReleases + ",\"from\":2022,\"to\":2023,\"items\":[],\"missing\":[{\"city\":" + blag
                        + ",\"missingYears\":[2022]},{\"city\":" + bratsk + ",\"missingYears\":[2022]}],"
                        + "\"note\":\"no city reported press_releases in both 2022 and 2023\"}"));
        example(components, "stats-breakdown", "Subscribers by owner in 2023: Blagoveshchensk gave a grand total and the mayor's Telegram",
                json("{\"metric\":" + subscribers + ",\"year\":2023,\"by\":\"owner\",\"groups\":[{\"key\":\"ADMINISTRATION\","
                        + "\"labelRu\":\"Администрация\",\"value\":" + q("19908", "EXACT") + ",\"cities\":" + q("1", "EXACT")
                        + "},{\"key\":\"MAYOR\",\"labelRu\":\"Мэр\",\"value\":" + q("25808", "AT_LEAST") + ",\"cities\":" + q("2", "EXACT")
                        + "}],\"unattributed\":" + q("15000", "APPROXIMATE") + ",\"unattributedCities\":[" + blag + "]}"));
        example(components, "stats-coverage", "2023, Bratsk only",
                json("{\"year\":2023,\"citiesFiled\":" + q("1", "EXACT") + ",\"metrics\":[{\"code\":\"press_releases\",\"citiesReporting\":"
                        + q("1", "EXACT") + "},{\"code\":\"photo_reports\",\"citiesReporting\":" + q("0", "EXACT")
                        + "}],\"cities\":[{\"city\":" + bratsk + ",\"filed\":true,\"reported\":[\"press_releases\"],"
                        + "\"missing\":[\"photo_reports\"]}]}"));
    }

    private static String q(String value, String qualifier) {
        return "{\"value\":" + value + ",\"qualifier\":\"" + qualifier + "\"}";
    }

    private static Object json(String text) {
        try {
            return JSON.readValue(text, LinkedHashMap.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> subscribersMetric() {
        Map<String, Object> metric = new LinkedHashMap<>();
        metric.put("code", "subscribers");
        metric.put("nameRu", "Подписчики");
        metric.put("nameEn", "Subscribers");
        metric.put("unit", "подписчиков");
        metric.put("kind", "STOCK");
        metric.put("description", "Subscribers at the end of the year. Adds up over cities and accounts, never over years.");
        return metric;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> sample(String path) {
        try (InputStream in = OpenApiComponents.class.getClassLoader().getResourceAsStream("sample-data/" + path)) {
            if (in == null) {
                throw new IllegalStateException("missing sample-data/" + path);
            }
            return JSON.readValue(in, LinkedHashMap.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(String path) {
        try (InputStream in = OpenApiExamples.class.getClassLoader().getResourceAsStream("sample-data/" + path)) {
            if (in == null) {
                throw new IllegalStateException("missing sample-data/" + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
