package org.pressstats.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.pressstats.support.ControlledPostgres;
import org.pressstats.support.PackagedApp;
import org.pressstats.support.Tokens;

/**
 * Trains the JVM AOT cache that ships with the jar (target/quarkus-app/app.aot): the packaged app runs in the JVM's
 * record mode under a workload of every kind of request, then the cache is assembled from what was recorded, and a
 * start that refuses to run without the cache (AOTMode=on) proves it fits this JVM and this layout.
 */
class AotTrainingIT {

    private static final int ROUNDS = 15;
    private static final Path CONFIGURATION = PackagedApp.FOLDER.resolve("app.aotconf");
    private static final Path CACHE = PackagedApp.FOLDER.resolve("app.aot");

    @Test
    void aWorkloadOfEveryKindOfRequestTrainsACacheThatTheNextStartUses() throws Exception {
        Files.deleteIfExists(CACHE);
        String database = ControlledPostgres.get().createDatabase("aot_training");
        try (PackagedApp app = PackagedApp.start("aot-training", database, Map.of("PRESS_STATS_SAMPLE_DATA_LOAD", "true"),
                List.of("-XX:AOTMode=record", "-XX:AOTConfiguration=app.aotconf"))) {
            app.awaitListening();
            for (int round = 0; round < ROUNDS; round++) {
                workload(app, round);
            }
            app.terminate();
            assertEquals(0, app.awaitExit());
        }
        assemble();
        try (PackagedApp app = PackagedApp.start("aot-cached", database, Map.of(), List.of("-XX:AOTCache=app.aot", "-XX:AOTMode=on"))) {
            app.awaitListening();
            expect(app, 200, app.request("/q/health/ready"));
            expect(app, 200, app.request("/api/v1/cities/bratsk/reports/2023"));
            app.terminate();
            assertEquals(0, app.awaitExit());
        }
    }

    /** Reads, polls, writes, drafts, bulk and errors: what production does, so that its classes are in the cache. */
    private static void workload(PackagedApp app, int round) throws Exception {
        String admin = "Bearer " + Tokens.admin();
        expect(app, 200, app.request("/q/health/live"));
        expect(app, 200, app.request("/q/health/ready"));
        expect(app, 200, app.request("/q/metrics"));
        expect(app, 200, app.request("/q/openapi?format=json"));
        for (String path : List.of("/api/v1/cities", "/api/v1/cities/bratsk", "/api/v1/metrics", "/api/v1/metrics/subscribers",
                "/api/v1/federal-districts", "/api/v1/cities/bratsk/reports", "/api/v1/stats/totals?metric=subscribers&year=2023",
                "/api/v1/stats/ranking?metric=press_releases&year=2023", "/api/v1/stats/series?metric=press_releases&from=2022&to=2023",
                "/api/v1/stats/growth?metric=press_releases&from=2022&to=2023", "/api/v1/stats/coverage?year=2023",
                "/api/v1/stats/breakdown?metric=subscribers&year=2023&by=owner")) {
            HttpResponse<String> first = expect(app, 200, app.request(path));
            first.headers().firstValue("ETag").ifPresent(tag -> expect(app, 304, app.request(path).header("If-None-Match", tag)));
        }
        expect(app, 200, app.request("/api/v1/stats/totals?metric=subscribers&year=2023").header("Accept", "text/csv"));
        HttpResponse<String> report = expect(app, 200, app.request("/api/v1/cities/bratsk/reports/2023"));
        String tag = report.headers().firstValue("ETag").orElseThrow();
        expect(app, 304, app.request("/api/v1/cities/bratsk/reports/2023").header("If-None-Match", tag));
        String changed = report.body().replace("\"plans\":\"", "\"plans\":\"(" + round + ") ");
        expect(app, 200, app.request("/api/v1/cities/bratsk/reports/2023").header("Authorization", admin)
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(changed)));
        expect(app, 200, app.request("/api/v1/cities/bratsk/reports/2023/history").header("Authorization", admin));
        expect(app, 200, app.request("/api/v1/audit").header("Authorization", admin));
        String narrative = new String(Files.readAllBytes(Path.of("src/main/resources/sample-data/narratives/bratsk-2023.txt")), StandardCharsets.UTF_8);
        expect(app, 200, app.request("/api/v1/drafts").header("Content-Type", "text/plain; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(narrative)));
        HttpResponse<String> csv = expect(app, 200, app.request("/api/v1/export").header("Accept", "text/csv"));
        expect(app, 200, app.request("/api/v1/export").header("Accept", "application/x-ndjson"));
        expect(app, 200, app.request("/api/v1/import?dryRun=true").header("Authorization", admin)
                .header("Content-Type", "text/csv; charset=UTF-8").POST(HttpRequest.BodyPublishers.ofString(csv.body())));
        expect(app, 404, app.request("/api/v1/cities/atlantis/reports/2023"));
        expect(app, 400, app.request("/api/v1/cities/bratsk/reports/twenty"));
        expect(app, 401, app.request("/api/v1/cities/bratsk/reports/2023").header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(report.body())));
    }

    private static void assemble() throws Exception {
        Path log = Path.of("target/it-logs/aot-create.log");
        Process create = new ProcessBuilder(PackagedApp.java(), "@jvm.options", "-XX:AOTMode=create", "-XX:AOTConfiguration=app.aotconf",
                "-XX:AOTCache=app.aot", "-jar", "quarkus-run.jar").directory(PackagedApp.FOLDER.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        assertTrue(create.waitFor(5, TimeUnit.MINUTES), "the AOT cache was not assembled within 5 minutes");
        assertEquals(0, create.exitValue(), () -> "assembling the AOT cache failed (" + log + "):\n" + readQuietly(log));
        Files.delete(CONFIGURATION);
        assertTrue(Files.size(CACHE) > 0, "no AOT cache written");
    }

    private static HttpResponse<String> expect(PackagedApp app, int status, HttpRequest.Builder request) {
        HttpResponse<String> response = send(app, request);
        assertEquals(status, response.statusCode(), () -> response.uri() + ": " + response.body());
        return response;
    }

    private static HttpResponse<String> send(PackagedApp app, HttpRequest.Builder request) {
        try {
            return app.send(request);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String readQuietly(Path log) {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            return "unreadable: " + e;
        }
    }
}
