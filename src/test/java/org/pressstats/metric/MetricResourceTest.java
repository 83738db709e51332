package org.pressstats.metric;

import static org.pressstats.support.Api.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.pressstats.support.TestData.createCity;
import static org.pressstats.support.TestData.figure;
import static org.pressstats.support.TestData.json;
import static org.pressstats.support.TestData.putReport;
import static org.pressstats.support.TestData.report;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class MetricResourceTest {

    private static Map<String, Object> metric(String kind) {
        Map<String, Object> metric = new LinkedHashMap<>();
        metric.put("nameRu", "Подписчики на Rutube");
        metric.put("nameEn", "Rutube subscribers");
        metric.put("unit", "подписчиков");
        metric.put("kind", kind);
        return metric;
    }

    @Test
    void catalogIsSeededWithTheReportsMetrics() {
        given().queryParam("size", 200).get("/api/v1/metrics").then().statusCode(200)
                .body("items.code", hasItems("press_releases", "photo_reports", "field_events", "press_events",
                        "live_broadcasts", "media_requests_answered", "leader_comments", "website_news_views",
                        "new_public_pages", "subscribers", "subscriber_growth", "posts", "views"));
        given().get("/api/v1/metrics/subscribers").then().statusCode(200).body("kind", equalTo("STOCK"));
        given().get("/api/v1/metrics/subscriber_growth").then().statusCode(200).body("kind", equalTo("GROWTH"));
        given().queryParam("kind", "GROWTH").get("/api/v1/metrics").then().statusCode(200)
                .body("items.kind", everyItem(equalTo("GROWTH")));
    }

    @Test
    void addEditAndDeleteAnUnusedMetric() {
        String code = "rutube_subs_" + System.nanoTime() % 100000;
        json().body(metric("STOCK")).put("/api/v1/metrics/" + code).then().statusCode(201).body("code", equalTo(code));
        Map<String, Object> edited = metric("FLOW");
        edited.put("description", "Новое описание");
        String tag = json().body(edited).put("/api/v1/metrics/" + code).then().statusCode(200)
                .body("kind", equalTo("FLOW"), "version", equalTo(1)).extract().header("ETag");
        given().header("If-Match", tag).delete("/api/v1/metrics/" + code).then().statusCode(204);
        given().get("/api/v1/metrics/" + code).then().statusCode(404);
    }

    @Test
    void postAddsAMetric() {
        String code = "dzen_views_" + System.nanoTime() % 100000;
        Map<String, Object> body = metric("FLOW");
        body.put("code", code);
        json().body(body).post("/api/v1/metrics").then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith("/api/v1/metrics/" + code))
                .body("code", equalTo(code), "kind", equalTo("FLOW"), "version", equalTo(0));
        given().get("/api/v1/metrics/" + code).then().statusCode(200).body("nameRu", equalTo("Подписчики на Rutube"));
    }

    @Test
    void postRefusesAnExistingCode() {
        Map<String, Object> body = metric("FLOW");
        body.put("code", "posts");
        json().body(body).post("/api/v1/metrics").then().statusCode(409).contentType("application/problem+json");
        body.put("code", "Bad Code");
        json().body(body).post("/api/v1/metrics").then().statusCode(400).body("errors[0].field", equalTo("code"));
    }

    @Test
    void aMetricInUseCannotBeDeletedNorChangeKind() {
        String code = "used_metric_" + System.nanoTime() % 100000;
        json().body(metric("FLOW")).put("/api/v1/metrics/" + code).then().statusCode(201);
        String slug = createCity("uses", "Тында");
        putReport(slug, 2023, report("x", figure(code, 5)));
        given().delete("/api/v1/metrics/" + code).then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("1 figure"));
        json().body(metric("STOCK")).put("/api/v1/metrics/" + code).then().statusCode(409);
        Map<String, Object> renamed = metric("FLOW");
        renamed.put("nameEn", "Renamed");
        json().body(renamed).put("/api/v1/metrics/" + code).then().statusCode(200).body("nameEn", equalTo("Renamed"));
        given().get("/api/v1/metrics/" + code).then().statusCode(200).body("kind", equalTo("FLOW"));
    }

    @Test
    void missingRequiredFieldsAreNamed() {
        json().body(Map.of("nameRu", "x")).put("/api/v1/metrics/some_metric").then().statusCode(400)
                .body("errors.field", hasItems("nameEn", "unit", "kind"));
    }
}
