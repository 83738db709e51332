package org.pressstats.audit;

import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.pressstats.support.Api.given;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.pressstats.support.TestData;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** SQL and script text is data: stored verbatim or refused with a 400, never run, never a 500. */
@QuarkusTest
class InjectionTest {

    static final List<String> HOSTILE = List.of(
            "'; DROP TABLE city; --",
            "' OR '1'='1",
            "1; DELETE FROM report",
            "bratsk' UNION SELECT version() --",
            "<script>alert('x')</script>",
            "\"><img src=x onerror=alert(1)>",
            "%_\\",
            "${jndi:ldap://example.org/a}",
            "year,desc; DROP TABLE history");

    static final Map<String, List<String>> PARAMETERS = Map.ofEntries(
            Map.entry("/api/v1/cities", List.of("q", "district", "sort", "page", "size")),
            Map.entry("/api/v1/reports", List.of("year", "city", "district", "metric", "sort", "page", "size")),
            Map.entry("/api/v1/metrics", List.of("kind", "sort", "page", "size")),
            Map.entry("/api/v1/cities/bratsk/reports", List.of("sort", "page", "size")),
            Map.entry("/api/v1/cities/bratsk/reports/2023/history", List.of("page", "size")),
            Map.entry("/api/v1/audit", List.of("actor", "entity", "key", "from", "to", "page", "size")),
            Map.entry("/api/v1/stats/totals", List.of("metric", "year", "city", "district", "owner", "platform")),
            Map.entry("/api/v1/stats/ranking", List.of("metric", "year", "limit", "perCapita", "city")),
            Map.entry("/api/v1/stats/growth", List.of("metric", "from", "to", "city")),
            Map.entry("/api/v1/stats/series", List.of("metric", "from", "to", "city")),
            Map.entry("/api/v1/stats/coverage", List.of("year", "metric")),
            Map.entry("/api/v1/stats/breakdown", List.of("metric", "year", "by", "city")));

    @Test
    void hostileQueryParametersAreAnsweredAndNeverRun() {
        long cities = given().get("/api/v1/cities?size=1").then().extract().jsonPath().getLong("totalItems");
        long reports = given().get("/api/v1/reports?size=1").then().extract().jsonPath().getLong("totalItems");
        List<String> failures = new ArrayList<>();
        PARAMETERS.forEach((path, names) -> {
            for (String name : names) {
                for (String value : HOSTILE) {
                    int status = given().queryParam(name, value).get(path).statusCode();
                    if (status != 200 && status != 400) {
                        failures.add(path + "?" + name + "=" + value + " -> " + status);
                    }
                }
            }
        });
        assertEquals(List.of(), failures);
        given().get("/api/v1/cities?size=1").then().statusCode(200).body("totalItems", equalTo((int) cities));
        given().get("/api/v1/reports?size=1").then().statusCode(200).body("totalItems", equalTo((int) reports));
        given().get("/api/v1/cities/bratsk/reports/2023").then().statusCode(200);
        given().get("/api/v1/audit?size=1").then().statusCode(200);
    }

    @Test
    void hostileTextIsStoredVerbatim() {
        for (String text : HOSTILE) {
            String slug = TestData.uniqueSlug("inj");
            Map<String, Object> city = TestData.city(text);
            city.put("region", text);
            given().contentType(ContentType.JSON).body(city).put("/api/v1/cities/" + slug).then().statusCode(201);
            given().get("/api/v1/cities/" + slug).then().statusCode(200)
                    .body("name", equalTo(text)).body("region", equalTo(text));

            Map<String, Object> figure = TestData.figure("press_releases", 1);
            figure.put("note", text);
            Map<String, Object> highlight = new LinkedHashMap<>();
            highlight.put("kind", "SPECIAL_PROJECT");
            highlight.put("title", text);
            highlight.put("details", text);
            Map<String, Object> report = TestData.report(text, figure);
            report.put("plans", text);
            report.put("source", text);
            report.put("highlights", List.of(highlight));
            given().contentType(ContentType.JSON).body(report).put("/api/v1/cities/" + slug + "/reports/2023")
                    .then().statusCode(201);
            given().get("/api/v1/cities/" + slug + "/reports/2023").then().statusCode(200)
                    .body("summary", equalTo(text)).body("plans", equalTo(text)).body("source", equalTo(text))
                    .body("figures[0].note", equalTo(text)).body("highlights[0].title", equalTo(text))
                    .body("highlights[0].details", equalTo(text));
            given().queryParam("q", text).get("/api/v1/cities").then().statusCode(200)
                    .body("items.slug", org.hamcrest.Matchers.hasItem(slug));
            given().queryParam("city", text).get("/api/v1/reports").then().statusCode(anyOf(is(200), is(400)));
        }
        given().get("/api/v1/cities/bratsk").then().statusCode(200).body("name", equalTo("Братск"));
    }
}
