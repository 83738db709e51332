package org.pressstats.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.pressstats.support.ControlledPostgres;
import org.pressstats.support.LockWaits;
import org.pressstats.support.PackagedApp;
import org.pressstats.support.Tokens;

/** SIGTERM while a write is in flight: the write finishes, new requests are refused, the process exits 0. */
class GracefulShutdownIT {

    @Test
    void anInFlightWriteFinishesNewRequestsAreRefusedAndTheExitCodeIsZero() throws Exception {
        String database = ControlledPostgres.get().createDatabase("shutdown");
        try (PackagedApp app = PackagedApp.start("graceful-shutdown", database, Map.of("PRESS_STATS_SAMPLE_DATA_LOAD", "true"));
                Connection blocker = DriverManager.getConnection(database, "postgres", "")) {
            app.awaitListening();

            // the test holds the city's row lock, so the PUT below stays in flight until the test lets go
            blocker.setAutoCommit(false);
            try (Statement lock = blocker.createStatement()) {
                lock.executeQuery("SELECT * FROM city WHERE slug = 'bratsk' FOR UPDATE").close();
            }
            CompletableFuture<HttpResponse<String>> inFlight = app.sendAsync(app.request("/api/v1/cities/bratsk")
                    .header("Authorization", "Bearer " + Tokens.admin()).header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString("{\"name\":\"Братск (переименован при остановке)\"}")));
            LockWaits.awaitCityWriters(database, 1);

            app.terminate();
            int refused = awaitRefusal(app);
            assertTrue(refused == 503 || refused == -1, "a new request during shutdown got " + refused);

            blocker.rollback();
            HttpResponse<String> finished = inFlight.join();
            assertEquals(200, finished.statusCode(), finished.body());
            assertEquals(0, app.awaitExit());
        }
        try (Connection sql = DriverManager.getConnection(database, "postgres", "");
                Statement statement = sql.createStatement();
                ResultSet rs = statement.executeQuery("SELECT name FROM city WHERE slug = 'bratsk'")) {
            rs.next();
            assertEquals("Братск (переименован при остановке)", rs.getString(1), "the in-flight write was committed");
        }
    }

    /** Asks until the service stops serving; the status it answered with, or -1 when it no longer accepts connections. */
    private static int awaitRefusal(PackagedApp app) throws InterruptedException {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (System.nanoTime() < deadline) {
            try {
                int status = app.send(app.request("/api/v1/cities/blagoveshchensk")).statusCode();
                if (status != 200) {
                    return status;
                }
            } catch (IOException refused) {
                return -1;
            }
        }
        throw new IllegalStateException("the service kept serving for 30 s after SIGTERM");
    }
}
