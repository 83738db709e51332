package org.pressstats.ops;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pressstats.support.Api.given;

import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.pressstats.support.ControlledPostgres;
import org.pressstats.support.EventStream;
import org.pressstats.support.LockWaits;
import org.pressstats.support.TestData;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** The database goes away while the service serves, and comes back: 503s meanwhile, then normal service, no restart. */
@QuarkusTest
@WithTestResource(value = DatabaseOutageTest.OwnDatabase.class, scope = TestResourceScope.RESTRICTED_TO_CLASS)
class DatabaseOutageTest {

    /** A PostgreSQL of this test's own, which it may stop; a short pool timeout keeps the test quick. */
    public static class OwnDatabase implements QuarkusTestResourceLifecycleManager {
        @Override
        public Map<String, String> start() {
            return Map.of("quarkus.datasource.jdbc.url", ControlledPostgres.get().jdbcUrl(),
                    "quarkus.datasource.username", "postgres",
                    "press-stats.sample-data.load", "false",
                    "quarkus.datasource.jdbc.acquisition-timeout", "2S",
                    "quarkus.datasource.jdbc.max-size", "3");
        }

        @Override
        public void stop() {
            // the server stops with the JVM
        }
    }

    // a request that hangs fails the test instead of blocking it
    private static final RestAssuredConfig BOUNDED = RestAssuredConfig.config().httpClient(HttpClientConfig.httpClientConfig()
            .setParam("http.socket.timeout", 20_000).setParam("http.connection.timeout", 5_000));

    @Test
    void requestsAnswer503WhileTheDatabaseIsDownAndTheServiceRecoversWithoutARestart() {
        ControlledPostgres database = ControlledPostgres.get();
        String slug = TestData.createCity("outage", "Город перебоев");
        String report = "/api/v1/cities/" + slug + "/reports/2023";
        TestData.putReport(slug, 2023, TestData.report("До сбоя", TestData.figure("press_releases", 7)));
        String stored = bounded().get(report).then().statusCode(200).extract().body().asString();
        bounded().get("/q/health/ready").then().statusCode(200);

        database.stop();
        try {
            List<Response> answers = List.of(
                    bounded().get("/api/v1/cities/" + slug),
                    bounded().get(report),
                    bounded().get("/api/v1/cities?size=5"),
                    bounded().get("/api/v1/stats/totals?metric=press_releases&year=2023"),
                    bounded().contentType(ContentType.JSON)
                            .body(TestData.report("Во время сбоя", TestData.figure("press_releases", 8))).put(report),
                    bounded().delete(report));
            assertEquals(List.of(503, 503, 503, 503, 503, 503), answers.stream().map(Response::statusCode).toList(),
                    "GET city, GET report, GET cities, GET stats, PUT report, DELETE report");
            for (Response answer : answers) {
                answer.then().statusCode(503).contentType(startsWith("application/problem+json"))
                        .header("Retry-After", notNullValue()).body("status", equalTo(503));
            }
            RestAssured.given().config(BOUNDED).get("/q/health/ready").then().statusCode(503).body("status", equalTo("DOWN"));
            RestAssured.given().config(BOUNDED).get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        } finally {
            database.start();
        }

        long deadline = System.nanoTime() + 10_000_000_000L;
        boolean recovered = false;
        // asks again until both answer normally; the issue allows 10 s for it
        while (!recovered && System.nanoTime() < deadline) {
            recovered = bounded().get(report).statusCode() == 200
                    && RestAssured.given().config(BOUNDED).get("/q/health/ready").statusCode() == 200;
        }
        assertTrue(recovered, "the service did not answer normally within 10 s of the database's return");

        assertEquals(stored, bounded().get(report).then().statusCode(200).extract().body().asString(),
                "the write refused during the outage changed the report");
        bounded().get(report + "/history").then().statusCode(200).body("totalItems", equalTo(1));
        bounded().get("/api/v1/stats/totals?metric=press_releases&year=2023&city=" + slug).then().statusCode(200)
                .body("sum.value", equalTo(7));
    }

    @TestHTTPResource("/api/v1/changes")
    URL changes;

    @Test
    void aChangeStreamStaysOpenWhileTheDatabaseIsDownAndGoesOnWithTheNextChange() throws Exception {
        ControlledPostgres database = ControlledPostgres.get();
        String slug = TestData.createCity("streamed", "Город в эфире");
        try (EventStream stream = EventStream.open(changes + "?city=" + slug, Map.of())) {
            stream.awaitOpen(Duration.ofSeconds(20));
            database.stop();
            try {
                EventStream.Event comment = stream.nextAny(Duration.ofSeconds(20));
                while (!comment.name().equals("comment") || !comment.data().contains("database unavailable")) {
                    assertNotEquals("end", comment.name(), "the stream stays open while the database is away");
                    comment = stream.nextAny(Duration.ofSeconds(20));
                }
            } finally {
                database.start();
            }
            long deadline = System.nanoTime() + 20_000_000_000L;
            int status = 0;
            while (status != 200 && System.nanoTime() < deadline) { // the pool reconnects on demand
                status = bounded().contentType(ContentType.JSON).body(TestData.city("Город после сбоя"))
                        .put("/api/v1/cities/" + slug).statusCode();
            }
            assertEquals(200, status);
            EventStream.Event event = stream.next(Duration.ofSeconds(20));
            assertEquals(slug, JsonPath.from(event.data()).getString("key"), "the feed reconnected and the stream went on");
            assertEquals("REPLACE", JsonPath.from(event.data()).getString("action"));
        }
    }

    @Test
    void aRequestThatGetsNoFreeConnectionInTimeAnswers503() throws Exception {
        String slug = TestData.createCity("busy", "Город очередей");
        String other = TestData.createCity("busy", "Соседний город");
        ExecutorService clients = Executors.newFixedThreadPool(3);
        try (Connection blocker = DriverManager.getConnection(ControlledPostgres.get().jdbcUrl(), "postgres", "")) {
            blocker.setAutoCommit(false);
            try (Statement lock = blocker.createStatement()) {
                lock.executeQuery("SELECT * FROM city WHERE slug = '" + slug + "' FOR UPDATE").close();
            }
            // three writes wait on the test's lock, each holding one of the pool's three connections
            List<Future<Integer>> writes = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                String name = "Город очередей " + i;
                writes.add(clients.submit(() -> bounded().contentType(ContentType.JSON).body(TestData.city(name))
                        .put("/api/v1/cities/" + slug).statusCode()));
            }
            LockWaits.awaitCityWriters(ControlledPostgres.get().jdbcUrl(), 3);

            bounded().get("/api/v1/cities/" + other).then().statusCode(503)
                    .contentType(startsWith("application/problem+json")).header("Retry-After", notNullValue())
                    .body("detail", equalTo("no database connection became free in time; try again shortly"));

            blocker.rollback();
            for (Future<Integer> write : writes) {
                assertEquals(200, write.get(30, TimeUnit.SECONDS));
            }
        } finally {
            clients.shutdownNow();
        }
        bounded().get("/api/v1/cities/" + other).then().statusCode(200);
    }

    private static RequestSpecification bounded() {
        return given().config(BOUNDED);
    }
}
