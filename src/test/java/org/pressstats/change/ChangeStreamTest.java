package org.pressstats.change;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pressstats.support.Api.given;
import static org.pressstats.support.TestData.city;
import static org.pressstats.support.TestData.createCity;
import static org.pressstats.support.TestData.json;

import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.pressstats.support.EventStream;
import org.pressstats.support.EventStream.Event;
import org.pressstats.support.TestData;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class ChangeStreamTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @TestHTTPResource("/api/v1/changes")
    URL changes;

    @Test
    void aCommittedWriteArrivesAsAnEventWithWhatChangedButNotWho() throws Exception {
        String slug = TestData.uniqueSlug("live");
        try (EventStream stream = EventStream.open(changes + "?city=" + slug, Map.of())) {
            assertEquals(200, stream.response.statusCode());
            assertTrue(stream.response.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream"));
            assertEquals("no-store", stream.response.headers().firstValue("Cache-Control").orElse(""));
            assertEquals("no", stream.response.headers().firstValue("X-Accel-Buffering").orElse(""));
            assertEquals(3000, stream.awaitOpen(WAIT), "the first lines carry the reconnect delay");
            json().body(city("Тында")).put("/api/v1/cities/" + slug).then().statusCode(201);
            Event event = stream.next(WAIT);
            assertEquals("city", event.name());
            JsonPath data = JsonPath.from(event.data());
            assertEquals("city", data.getString("entity"));
            assertEquals(slug, data.getString("key"));
            assertEquals("CREATE", data.getString("action"));
            assertEquals(1, data.getInt("version"));
            assertTrue(data.getLong("dataVersion") > 0);
            assertNotNull(data.getString("at"));
            assertEquals(Set.of("entity", "key", "action", "version", "dataVersion", "at"), data.getMap("").keySet(),
                    "no actor, no before or after: the stream is as public as the reads");
            String history = given().get("/api/v1/audit?entity=CITY&key=" + slug).then().statusCode(200)
                    .extract().path("items[0].id").toString();
            assertEquals(history, event.id(), "the event id is the history entry's id");
        }
    }

    @Test
    void aReconnectWithLastEventIdGetsExactlyTheMissedChangesThenLiveOnes() throws Exception {
        String slug = createCity("resume", "Зея");
        String seen;
        try (EventStream stream = EventStream.open(changes + "?city=" + slug, Map.of())) {
            stream.awaitOpen(WAIT);
            rename(slug, "Зея 2");
            seen = stream.next(WAIT).id();
        }
        rename(slug, "Зея 3");
        rename(slug, "Зея 4");
        rename(slug, "Зея 5");
        try (EventStream stream = EventStream.open(changes + "?city=" + slug, Map.of("Last-Event-ID", seen))) {
            List<Event> missed = List.of(stream.next(WAIT), stream.next(WAIT), stream.next(WAIT));
            assertEquals(List.of(3, 4, 5), missed.stream().map(e -> JsonPath.from(e.data()).getInt("version")).toList());
            assertIncreasing(seen, missed);
            rename(slug, "Зея 6");
            Event live = stream.next(WAIT);
            assertEquals(6, JsonPath.from(live.data()).getInt("version"), "the live change follows, none repeated");
            assertTrue(Long.parseLong(live.id()) > Long.parseLong(missed.get(2).id()));
        }
    }

    @Test
    void idsFollowCommitOrderUnderConcurrentWritersAndNoneIsMissed() throws Exception {
        int writers = 4;
        int writesEach = 15;
        List<String> slugs = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            slugs.add(createCity("order", "Город " + i));
        }
        String filter = String.join("&", slugs.stream().map(s -> "city=" + s).toList());
        try (EventStream stream = EventStream.open(changes + "?" + filter, Map.of())) {
            stream.awaitOpen(WAIT);
            ExecutorService pool = Executors.newFixedThreadPool(writers);
            List<Future<?>> done = new ArrayList<>();
            for (String slug : slugs) {
                done.add(pool.submit(() -> {
                    for (int i = 0; i < writesEach; i++) {
                        rename(slug, "Город " + slug + " " + i);
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
            pool.shutdown();
            List<Event> events = new ArrayList<>();
            for (int i = 0; i < writers * writesEach; i++) {
                events.add(stream.next(WAIT));
            }
            assertIncreasing("0", events);
            for (String slug : slugs) {
                List<Integer> versions = events.stream().map(e -> JsonPath.from(e.data()))
                        .filter(d -> d.getString("key").equals(slug)).map(d -> d.getInt("version")).toList();
                assertEquals(writesEach, versions.size(), "every change of " + slug + " arrived");
                for (int i = 1; i < versions.size(); i++) {
                    assertEquals(versions.get(i - 1) + 1, versions.get(i), "in order, without gaps: " + versions);
                }
            }
        }
    }

    @Test
    void aChangeMadeInSqlByAnotherSessionIsStreamedAndKeptInTheHistory() throws Exception {
        String slug = createCity("insql", "Свободный");
        String url = ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class);
        try (EventStream stream = EventStream.open(changes + "?city=" + slug, Map.of());
                Connection sql = DriverManager.getConnection(url, "postgres", "");
                Statement statement = sql.createStatement()) {
            stream.awaitOpen(WAIT);
            assertEquals(1, statement.executeUpdate("UPDATE city SET name = 'Свободный (SQL)' WHERE slug = '" + slug + "'"));
            JsonPath data = JsonPath.from(stream.next(WAIT).data());
            assertEquals(slug, data.getString("key"));
            assertEquals("REPLACE", data.getString("action"));
            assertEquals(2, data.getInt("version"));
        }
        given().get("/api/v1/audit?entity=CITY&key=" + slug).then().statusCode(200)
                .body("items[0].actor", equalTo("sql:postgres"), "items[0].action", equalTo("REPLACE"));
    }

    @Test
    void filtersTakeOnlyTheirEntities() throws Exception {
        try (EventStream stream = EventStream.open(changes + "?entity=metric", Map.of())) {
            stream.awaitOpen(WAIT);
            createCity("ignored", "Тында");
            String code = "stream_metric_" + System.nanoTime();
            json().body(Map.of("nameRu", "Тестовая метрика", "nameEn", "Test metric", "kind", "FLOW", "unit", "шт."))
                    .put("/api/v1/metrics/" + code).then().statusCode(201);
            Event event = stream.next(WAIT);
            assertEquals("metric", event.name(), "the city created first was filtered out");
            assertEquals(code, JsonPath.from(event.data()).getString("key"));
        }
    }

    @Test
    void badParametersAndAcceptAreProblems() {
        given().accept("text/event-stream").queryParam("entity", "town").get("/api/v1/changes").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("entity"));
        given().accept("text/event-stream").queryParam("city", "Not a slug").get("/api/v1/changes").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("city"));
        given().accept("text/event-stream").header("Last-Event-ID", "-3").get("/api/v1/changes").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("Last-Event-ID"));
        given().accept("application/json").get("/api/v1/changes").then().statusCode(406)
                .contentType("application/problem+json").body("detail", containsString("Accept"));
    }

    /**
     * A client that stops reading while thousands of changes are written: the writes go on, and a client that reads
     * gets every change once, in order (the bound on the one that stopped is ChangeStreamOverflowTest's).
     */
    @Test
    void aClientThatDoesNotReadBlocksNeitherWritersNorOtherClients() throws Exception {
        int cities = 3000;
        String prefix = "slow" + Long.toString(System.nanoTime(), 36);
        try (Socket slow = new Socket(); EventStream reader = EventStream.open(changes + "?entity=city", Map.of())) {
            slow.setReceiveBufferSize(2048); // a small TCP window, so the server's buffers fill soon
            slow.connect(new InetSocketAddress(changes.getHost(), changes.getPort()));
            OutputStream out = slow.getOutputStream();
            out.write(("GET /api/v1/changes?entity=city HTTP/1.1\r\nHost: localhost\r\nAccept: text/event-stream\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            reader.awaitOpen(WAIT);
            StringBuilder csv = new StringBuilder("slug,name\n");
            for (int i = 0; i < cities; i++) {
                csv.append(prefix).append('-').append(i).append(",Город ").append(i).append('\n');
            }
            given().contentType("text/csv; charset=UTF-8").body(csv.toString()).post("/api/v1/import/cities").then().statusCode(200);
            Set<String> keys = new HashSet<>();
            long previous = 0;
            while (keys.size() < cities) {
                Event event = reader.next(WAIT);
                assertTrue(Long.parseLong(event.id()) > previous, "in id order");
                previous = Long.parseLong(event.id());
                String key = JsonPath.from(event.data()).getString("key");
                if (key.startsWith(prefix)) {
                    assertTrue(keys.add(key), "no repeats: " + key);
                }
            }
        }
    }

    private static void rename(String slug, String name) {
        json().body(city(name)).put("/api/v1/cities/" + slug).then().statusCode(200);
    }

    private static void assertIncreasing(String after, List<Event> events) {
        long previous = Long.parseLong(after);
        for (Event event : events) {
            long id = Long.parseLong(event.id());
            assertTrue(id > previous, "ids grow: " + events.stream().map(Event::id).toList());
            previous = id;
        }
    }
}
