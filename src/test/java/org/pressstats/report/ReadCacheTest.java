package org.pressstats.report;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pressstats.support.Api.given;
import static org.pressstats.support.TestData.createCity;
import static org.pressstats.support.TestData.figure;
import static org.pressstats.support.TestData.json;
import static org.pressstats.support.TestData.putReport;
import static org.pressstats.support.TestData.report;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/** GET by key is answered from serialized bodies, yet a write anywhere shows in the very next read. */
@QuarkusTest
class ReadCacheTest {

    private static final int WRITERS = 2;
    private static final int WRITES_EACH = 12;
    private static final int READERS = 4;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aWriteOfAnotherReplicaThatOnlyReachedTheDatabaseIsReadNext() throws Exception {
        String slug = createCity("replica", "Репликино");
        String url = "/api/v1/cities/" + slug + "/reports/2022";
        putReport(slug, 2022, report("До.", figure("posts", 1)));
        String tag = json().get(url).then().statusCode(200).body("summary", equalTo("До.")).extract().header("ETag");
        given().header("If-None-Match", tag).get(url).then().statusCode(304);
        double hits = hits();
        given().header("If-None-Match", tag).get(url).then().statusCode(304);
        assertTrue(hits() > hits, "the second conditional GET was answered from the cache");

        sql("UPDATE report SET summary = 'После.', version = version + 1 WHERE year = 2022 AND city_id = (SELECT id FROM city WHERE slug = ?)", slug);
        String newer = given().header("If-None-Match", tag).get(url).then().statusCode(200)
                .body("summary", equalTo("После."), "version", equalTo(1)).extract().header("ETag");
        assertNotEquals(tag, newer);

        String cityTag = json().get("/api/v1/cities/" + slug).then().statusCode(200).extract().header("ETag");
        sql("UPDATE city SET name = 'Новорепликино', version = version + 1 WHERE slug = ?", slug);
        given().header("If-None-Match", cityTag).get("/api/v1/cities/" + slug).then().statusCode(200)
                .body("name", equalTo("Новорепликино"));
    }

    @Test
    void metricsAndMissingKeysAreAnsweredAsBefore() {
        String tag = json().get("/api/v1/metrics/posts").then().statusCode(200).body("code", equalTo("posts")).extract().header("ETag");
        given().header("If-None-Match", "W/" + tag).get("/api/v1/metrics/posts").then().statusCode(304).header("ETag", equalTo(tag));
        given().header("If-None-Match", "\"other\"").get("/api/v1/metrics/posts").then().statusCode(200);
        for (int i = 0; i < 2; i++) { // a 404 is never kept: the second is read again and is still a problem
            given().get("/api/v1/cities/no-such-city/reports/2023").then().statusCode(404)
                    .contentType("application/problem+json");
            given().get("/api/v1/metrics/no_such_metric").then().statusCode(404);
        }
    }

    /**
     * Writers replace one report over and over while readers poll it: every read is a version that a writer committed
     * (with that writer's text), a reader never sees an older version after a newer one, and a writer's next read is
     * at least its own write.
     */
    @Test
    void writersAndReadersOnOneKeyNeverSeeAnOlderVersionAfterANewerOne() throws Exception {
        String slug = createCity("race-read", "Гоночный");
        String url = "/api/v1/cities/" + slug + "/reports/2021";
        putReport(slug, 2021, report("w-start"));
        Map<Integer, String> committed = new ConcurrentHashMap<>(Map.of(0, "w-start"));
        AtomicBoolean writing = new AtomicBoolean(true);
        double hits = hits();
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS + READERS);
        try {
            List<Future<List<Seen>>> readers = new ArrayList<>();
            for (int r = 0; r < READERS; r++) {
                readers.add(pool.submit(() -> {
                    List<Seen> seen = new ArrayList<>();
                    while (writing.get()) {
                        JsonPath body = json().get(url).then().statusCode(200).extract().jsonPath();
                        seen.add(new Seen(body.getInt("version"), body.getString("summary")));
                    }
                    return seen;
                }));
            }
            List<Future<?>> writers = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                int writer = w + 1;
                writers.add(pool.submit(() -> {
                    for (int i = 1; i <= WRITES_EACH; i++) {
                        String summary = "w" + writer + "-" + i;
                        Response put = json().body(report(summary, figure("posts", i))).put(url);
                        assertEquals(200, put.statusCode(), put.asString());
                        int version = put.path("version");
                        committed.put(version, summary);
                        int next = json().get(url).then().statusCode(200).extract().path("version");
                        assertTrue(next >= version, "read " + next + " right after writing " + version);
                    }
                    return null;
                }));
            }
            for (Future<?> writer : writers) {
                writer.get();
            }
            writing.set(false);
            assertEquals(WRITERS * WRITES_EACH + 1, committed.size(), "every write committed a version of its own");
            for (Future<List<Seen>> reader : readers) {
                int last = -1;
                for (Seen read : reader.get()) {
                    assertTrue(read.version() >= last, "version " + read.version() + " read after " + last);
                    last = read.version();
                    assertEquals(committed.get(read.version()), read.summary(), "the text of version " + read.version());
                }
            }
        } finally {
            pool.shutdownNow();
        }
        json().get(url).then().statusCode(200).body("version", equalTo(WRITERS * WRITES_EACH));
        assertTrue(hits() > hits, "some reads were answered from the cache");
    }

    private record Seen(int version, String summary) {
    }

    private void sql(String update, String slug) throws Exception {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(update)) {
            statement.setString(1, slug);
            assertEquals(1, statement.executeUpdate());
        }
    }

    private static double hits() {
        String metrics = given().accept("text/plain").get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher hit = java.util.regex.Pattern.compile("press_stats_read_cache_total\\{result=\"hit\",?} ([0-9.E]+)").matcher(metrics);
        return hit.find() ? Double.parseDouble(hit.group(1)) : -1;
    }
}
