package org.pressstats.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.pressstats.support.ControlledPostgres;
import org.pressstats.support.PackagedApp;

/**
 * Two replicas of the packaged jar start at once against one empty database: both serve, each migration ran once. And
 * a jar starts on a schema one migration ahead of it, as in a rolling update or a rollback.
 */
class MultipleReplicasIT {

    @Test
    void twoReplicasStartingTogetherMigrateOnceAndBothServe() throws Exception {
        String database = ControlledPostgres.get().createDatabase("replicas");
        Map<String, String> env = Map.of("PRESS_STATS_SAMPLE_DATA_LOAD", "true");
        try (PackagedApp first = PackagedApp.start("replica-1", database, env);
                PackagedApp second = PackagedApp.start("replica-2", database, env)) {
            first.awaitListening();
            second.awaitListening();
            for (PackagedApp replica : List.of(first, second)) {
                assertEquals(200, replica.send(replica.request("/q/health/ready")).statusCode());
                assertEquals(200, replica.send(replica.request("/api/v1/cities/bratsk/reports/2023")).statusCode());
            }
            try (Connection sql = DriverManager.getConnection(database, "postgres", "");
                    Statement statement = sql.createStatement()) {
                assertEquals(migrations(), count(statement, "SELECT count(*) FROM flyway_schema_history WHERE success AND version IS NOT NULL"));
                assertEquals(migrations(), count(statement, "SELECT count(DISTINCT version) FROM flyway_schema_history WHERE version IS NOT NULL"));
                assertEquals(2, count(statement, "SELECT count(*) FROM city"), "the sample data was loaded once");
                assertEquals(4, count(statement, "SELECT count(*) FROM history"), "one CREATE per sample city and report");
            }
            first.terminate();
            second.terminate();
            assertEquals(0, first.awaitExit());
            assertEquals(0, second.awaitExit());
        }
    }

    @Test
    void thePreviousReleaseStartsAndServesOnASchemaTheNextOneMigrated() throws Exception {
        String database = ControlledPostgres.get().createDatabase("rollback");
        try (PackagedApp first = PackagedApp.start("release-n", database, Map.of("PRESS_STATS_SAMPLE_DATA_LOAD", "true"))) {
            first.awaitListening();
            assertEquals(200, first.send(first.request("/q/health/ready")).statusCode());
            first.terminate();
            first.awaitExit();
        }
        long next = migrations() + 1;
        try (Connection sql = DriverManager.getConnection(database, "postgres", "");
                Statement statement = sql.createStatement()) {
            // what the next release's migration leaves behind: a history row this build has no script for
            statement.execute("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum, "
                    + "installed_by, execution_time, success) SELECT max(installed_rank) + 1, '" + next + "', 'next release', 'SQL', 'V"
                    + next + "__next_release.sql', 1, 'postgres', 1, true FROM flyway_schema_history");
        }
        try (PackagedApp previous = PackagedApp.start("release-n-after-n+1", database, Map.of())) {
            previous.awaitListening();
            assertEquals(200, previous.send(previous.request("/q/health/ready")).statusCode());
            assertEquals(200, previous.send(previous.request("/api/v1/cities/bratsk/reports/2023")).statusCode());
            previous.terminate();
            assertEquals(0, previous.awaitExit());
        }
    }

    private static long migrations() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            return files.filter(f -> f.getFileName().toString().matches("V\\d+__.*\\.sql")).count();
        }
    }

    private static long count(Statement statement, String sql) throws SQLException {
        try (ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
