package org.pressstats.report;

import static org.pressstats.support.Api.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;

/** Every figure of both 2023 reports, read back through the API, as DOMAIN.md lists it and as the fixture holds it. */
@QuarkusTest
class FixtureFidelityTest {

    /** One expected figure: metric, owner, platform, value, qualifier, baseline. */
    record Row(String metric, String owner, String platform, long value, String qualifier, String baseline) {
        static Row of(Map<String, Object> f) {
            return new Row((String) f.get("metric"), (String) f.get("owner"), (String) f.get("platform"),
                    ((Number) f.get("value")).longValue(), Objects.requireNonNullElse((String) f.get("qualifier"), "EXACT"),
                    (String) f.get("baseline"));
        }
    }

    private static final List<Row> BLAGOVESHCHENSK = List.of(
            new Row("press_releases", null, null, 3415, "EXACT", null),
            new Row("photo_reports", null, null, 223, "EXACT", null),
            new Row("field_events", null, null, 152, "EXACT", null),
            new Row("press_events", null, null, 188, "EXACT", null),
            new Row("live_broadcasts", null, "VK", 2, "EXACT", null),
            new Row("media_requests_answered", null, null, 500, "AT_LEAST", null),
            new Row("leader_comments", null, null, 220, "APPROXIMATE", null),
            new Row("subscribers", null, null, 25000, "AT_LEAST", null),
            new Row("subscriber_growth", null, null, 8000, "EXACT", "2021"),
            new Row("subscribers", "MAYOR", "TELEGRAM", 10000, "AT_LEAST", null));

    private static final List<Row> BRATSK = List.of(
            new Row("press_releases", null, null, 1530, "EXACT", null),
            new Row("website_news_views", null, null, 713206, "EXACT", null),
            new Row("subscribers", "MAYOR", "TELEGRAM", 3672, "EXACT", null),
            new Row("subscribers", "MAYOR", "VK", 10100, "EXACT", null),
            new Row("subscribers", "MAYOR", "OK", 2036, "EXACT", null),
            new Row("subscribers", "ADMINISTRATION", "TELEGRAM", 990, "EXACT", null),
            new Row("subscribers", "ADMINISTRATION", "VK", 8440, "EXACT", null),
            new Row("subscribers", "ADMINISTRATION", "OK", 5500, "EXACT", null),
            new Row("subscribers", "ADMINISTRATION", "VIBER", 4978, "EXACT", null),
            new Row("subscriber_growth", "ADMINISTRATION", null, 8200, "EXACT", "2023-01-01"),
            new Row("subscriber_growth", "MAYOR", null, 5000, "EXACT", "2023-01-01"),
            new Row("posts", "ADMINISTRATION", null, 8360, "EXACT", null),
            new Row("views", "ADMINISTRATION", null, 10_000_000, "AT_LEAST", null),
            new Row("posts", "MAYOR", null, 3200, "EXACT", null),
            new Row("views", "MAYOR", null, 20_000_000, "AT_LEAST", null),
            new Row("new_public_pages", "DEPARTMENTS", null, 125, "EXACT", null),
            new Row("live_broadcasts", null, null, 8, "EXACT", null));

    @Test
    void blagoveshchenskFiguresAreStoredAsReported() throws Exception {
        assertFigures("blagoveshchensk", BLAGOVESHCHENSK);
    }

    @Test
    void bratskFiguresAreStoredAsReported() throws Exception {
        assertFigures("bratsk", BRATSK);
    }

    @Test
    void proseHighlightsAndCityFactsAreKept() throws Exception {
        for (String name : List.of("blagoveshchensk-2023", "bratsk-2023")) {
            Map<String, Object> fixture = fixture("reports/" + name + ".json");
            Map<String, Object> served = report((String) fixture.get("city"));
            for (String field : List.of("summary", "plans", "source", "highlights")) {
                assertEquals(fixture.get(field), served.get(field), name + " " + field);
            }
        }
        Map<String, Object> bratsk = report("bratsk");
        assertTrue(((String) bratsk.get("plans")).startsWith("В планах пресс-службы на 2024 год"));
        List<Map<String, Object>> highlights = (List<Map<String, Object>>) bratsk.get("highlights");
        assertEquals(10, highlights.stream().filter(h -> h.get("kind").equals("EVENT_COVERED")).count());
        assertTrue(highlights.stream().anyMatch(h -> h.get("title").equals("Телемарафон «Братск – все для Победы»")
                && Boolean.TRUE.equals(h.get("firstTime"))));
        assertTrue(highlights.stream().anyMatch(h -> h.get("kind").equals("PUBLICATION")
                && ((Number) h.get("quantity")).intValue() == 1000));
        Map<String, Object> city = given().get("/api/v1/cities/bratsk").then().statusCode(200).extract().as(Map.class);
        assertEquals("Иркутская область", city.get("region"));
        assertEquals("SIBERIAN", city.get("federalDistrict"));
        assertEquals("https://www.bratsk-city.ru/", city.get("website"));
        assertEquals("FAR_EASTERN", given().get("/api/v1/cities/blagoveshchensk").then().extract().path("federalDistrict"));
    }

    private static void assertFigures(String slug, List<Row> expected) throws Exception {
        List<Row> served = rows(report(slug));
        List<Row> fixture = rows(fixture("reports/" + slug + "-2023.json"));
        assertEquals(expected, fixture, "the fixture differs from DOMAIN.md");
        assertEquals(fixture, served, "the API differs from the fixture");
    }

    private static Map<String, Object> report(String slug) {
        return given().get("/api/v1/cities/" + slug + "/reports/2023").then().statusCode(200).extract().as(Map.class);
    }

    private static List<Row> rows(Map<String, Object> report) {
        List<Row> rows = new ArrayList<>();
        for (Map<String, Object> f : (List<Map<String, Object>>) report.get("figures")) {
            rows.add(Row.of(f));
        }
        return rows;
    }

    private static Map<String, Object> fixture(String path) throws Exception {
        try (InputStream in = FixtureFidelityTest.class.getClassLoader().getResourceAsStream("sample-data/" + path)) {
            return new ObjectMapper().readValue(in, Map.class);
        }
    }
}
