package org.pressstats.support;

import static org.pressstats.support.Api.given;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Small builders of request bodies and the calls that put them in PostgreSQL through the API. */
public final class TestData {

    private static final AtomicInteger SEQ = new AtomicInteger();
    private static final String RUN = Long.toString(System.nanoTime() % 1_000_000_000L, 36);

    private TestData() {
    }

    /** A slug no other test uses. */
    public static String uniqueSlug(String prefix) {
        return prefix + "-" + RUN + "-" + SEQ.incrementAndGet();
    }

    public static Map<String, Object> city(String name) {
        Map<String, Object> city = new LinkedHashMap<>();
        city.put("name", name);
        city.put("region", "Амурская область");
        city.put("federalDistrict", "FAR_EASTERN");
        return city;
    }

    public static Map<String, Object> figure(String metric, long value) {
        Map<String, Object> figure = new LinkedHashMap<>();
        figure.put("metric", metric);
        figure.put("value", value);
        return figure;
    }

    public static Map<String, Object> figure(String metric, String owner, String platform, long value, String qualifier) {
        Map<String, Object> figure = figure(metric, value);
        figure.put("owner", owner);
        figure.put("platform", platform);
        figure.put("qualifier", qualifier);
        return figure;
    }

    @SafeVarargs
    public static Map<String, Object> report(String summary, Map<String, Object>... figures) {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("summary", summary);
        report.put("plans", "Задачи на следующий год.");
        report.put("figures", new ArrayList<>(List.of(figures)));
        report.put("highlights", new ArrayList<>());
        return report;
    }

    public static RequestSpecification json() {
        return given().contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    /** Creates a city with a fresh slug and returns the slug. */
    public static String createCity(String prefix, String name) {
        String slug = uniqueSlug(prefix);
        json().body(city(name)).put("/api/v1/cities/" + slug).then().statusCode(201);
        return slug;
    }

    /** Creates or replaces a report and returns its ETag. */
    public static String putReport(String slug, int year, Map<String, Object> report) {
        return json().body(report).put("/api/v1/cities/" + slug + "/reports/" + year)
                .then().statusCode(org.hamcrest.Matchers.anyOf(org.hamcrest.Matchers.is(200), org.hamcrest.Matchers.is(201)))
                .extract().header("ETag");
    }
}
