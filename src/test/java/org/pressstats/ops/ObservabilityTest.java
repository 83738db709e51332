package org.pressstats.ops;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pressstats.support.Api.given;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.junit.jupiter.api.Test;
import org.pressstats.common.RequestLog;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/** Health, Prometheus metrics per route template with the service's own gauges, and request logs with a request id. */
@QuarkusTest
class ObservabilityTest {

    @Test
    void aRequestIdIsTakenWhenSaneMadeOtherwiseAndEchoed() {
        RestAssured.given().header("X-Request-Id", "dash-42.a").get("/api/v1/cities/bratsk").then()
                .statusCode(200).header("X-Request-Id", "dash-42.a");
        RestAssured.given().get("/api/v1/cities/bratsk").then()
                .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
        RestAssured.given().header("X-Request-Id", "forged\tlog line").get("/api/v1/cities/bratsk").then()
                .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
    }

    @Test
    void eachApiRequestIsLoggedWithMethodRouteStatusDurationAndId() throws InterruptedException {
        List<String> lines = new CopyOnWriteArrayList<>();
        CountDownLatch bothLogged = new CountDownLatch(2);
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                String line = record.getMessage() == null ? "" : String.format(record.getMessage(), record.getParameters());
                lines.add(line);
                if (line.contains("request_id=log-check-")) {
                    bothLogged.countDown();
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger logger = Logger.getLogger(RequestLog.CATEGORY);
        logger.addHandler(capture);
        try {
            RestAssured.given().header("X-Request-Id", "log-check-1").get("/api/v1/cities/blagoveshchensk").then().statusCode(200);
            RestAssured.given().header("X-Request-Id", "log-check-2").get("/api/v1/cities/no-such-city").then().statusCode(404);
            // the line is written when the response has ended, which may be just after the client has read it
            assertTrue(bothLogged.await(10, TimeUnit.SECONDS), lines.toString());
        } finally {
            logger.removeHandler(capture);
        }
        assertTrue(lines.stream().anyMatch(l -> l.matches("method=GET route=/api/v1/cities/\\{slug} status=200 duration_ms=[0-9.]+ request_id=log-check-1")), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.contains("status=404") && l.contains("request_id=log-check-2")), lines.toString());
    }

    @Test
    void metricsHaveRouteTemplatesThePoolAndTheServiceGauges() {
        given().get("/api/v1/cities/bratsk/reports/2023").then().statusCode(200);
        String etag = given().get("/api/v1/cities/bratsk").then().extract().header("ETag");
        given().header("If-None-Match", etag).get("/api/v1/cities/bratsk").then().statusCode(304);
        given().queryParam("metric", "press_releases").queryParam("year", 2023).get("/api/v1/stats/totals").then().statusCode(200);
        RestAssured.given().get("/q/metrics").then().statusCode(200)
                .body(containsString("uri=\"/api/v1/cities/{slug}/reports/{year}\""))
                .body(not(containsString("uri=\"/api/v1/cities/bratsk")))
                .body(containsString("agroal_active_count"))
                .body(containsString("press_stats_reports_stored"))
                .body(containsString("press_stats_last_write_seconds"))
                .body(containsString("press_stats_stats_cache_total{result=\"miss\"}"))
                .body(containsString("press_stats_not_modified_total{resource=\"city\"}"));
    }

    @Test
    void livenessAndReadinessAreUp() {
        RestAssured.given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        RestAssured.given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", org.hamcrest.Matchers.hasItem("shutdown"));
    }
}
