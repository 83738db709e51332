package org.pressstats.change;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.pressstats.support.ControlledPostgres;
import org.pressstats.support.EventStream;
import org.pressstats.support.EventStream.Event;
import org.pressstats.support.PackagedApp;
import org.pressstats.support.Tokens;

import io.restassured.path.json.JsonPath;

/** Two replicas of the packaged jar over one database: a write on one reaches the streams of the other. */
class ChangeStreamReplicasIT {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Test
    void aWriteOnOneReplicaReachesAClientOfTheOtherAndResumesThereWithoutGaps() throws Exception {
        String database = ControlledPostgres.get().createDatabase("streams");
        try (PackagedApp a = PackagedApp.start("stream-a", database, Map.of("PRESS_STATS_SAMPLE_DATA_LOAD", "true"));
                PackagedApp b = PackagedApp.start("stream-b", database, Map.of("PRESS_STATS_CHANGES_MAX_CLIENTS", "1"))) {
            a.awaitListening();
            b.awaitListening();
            String streamOfB = "http://localhost:" + b.port() + "/api/v1/changes?city=bratsk";
            String seen;
            try (EventStream stream = EventStream.open(streamOfB, Map.of())) {
                assertEquals(200, stream.response.statusCode());
                stream.awaitOpen(WAIT);

                HttpResponse<String> second = b.send(b.request("/api/v1/changes").header("Accept", "text/event-stream"));
                assertEquals(503, second.statusCode(), "B serves one stream at most here");
                assertTrue(second.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
                assertTrue(second.headers().firstValue("Retry-After").isPresent());

                rename(a, "Братск");
                Event event = stream.next(WAIT);
                assertEquals("city", event.name());
                assertEquals("bratsk", JsonPath.from(event.data()).getString("key"));
                seen = event.id();
            }
            rename(a, "Братск 1");
            rename(a, "Братск 2");
            rename(a, "Братск 3");
            List<Integer> versions;
            try (EventStream again = openWhenFree(streamOfB, seen)) {
                versions = List.of(version(again.next(WAIT)), version(again.next(WAIT)), version(again.next(WAIT)));
                rename(a, "Братск 4");
                assertEquals(versions.get(2) + 1, version(again.next(WAIT)), "then the live one, nothing repeated");

                b.terminate();
                Event last = again.nextAny(WAIT);
                while (!last.name().equals("end")) {
                    last = again.nextAny(WAIT);
                }
                assertEquals(0, b.awaitExit(), "the open stream ended with the shutdown instead of holding it");
            }
            assertEquals(List.of(versions.get(0), versions.get(0) + 1, versions.get(0) + 2), versions,
                    "exactly the three changes missed, in order");
        }
    }

    /** B may not yet have noticed that the first client left; its slot is free once it has. */
    private static EventStream openWhenFree(String url, String lastEventId) throws Exception {
        long until = System.nanoTime() + WAIT.toNanos();
        while (true) {
            EventStream stream = EventStream.open(url, Map.of("Last-Event-ID", lastEventId));
            if (stream.response.statusCode() == 200 || System.nanoTime() > until) {
                assertEquals(200, stream.response.statusCode());
                return stream;
            }
            stream.close();
            java.util.concurrent.locks.LockSupport.parkNanos(200_000_000);
        }
    }

    private static int version(Event event) {
        return JsonPath.from(event.data()).getInt("version");
    }

    private static void rename(PackagedApp app, String name) throws Exception {
        HttpResponse<String> put = app.send(app.request("/api/v1/cities/bratsk")
                .header("Authorization", "Bearer " + Tokens.admin()).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"name\":\"" + name + "\",\"region\":\"Иркутская область\"}")));
        assertEquals(200, put.statusCode(), put.body());
    }
}
