package org.pressstats.stats;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.pressstats.support.Api.given;
import static org.pressstats.support.TestData.createCity;
import static org.pressstats.support.TestData.figure;
import static org.pressstats.support.TestData.putReport;
import static org.pressstats.support.TestData.report;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/** Figures written in SQL past the service are queued by the database (V8) and rolled up at the next start. */
@QuarkusTest
class RollupBackfillTest {

    private static final int YEAR = 2011;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Rollups rollups;

    @Test
    void aReportWrittenThroughTheApiLeavesNothingQueued() throws SQLException {
        String slug = createCity("queue-api", "Город очереди");
        putReport(slug, YEAR, report("", figure("posts", 12), figure("press_releases", 3)));
        putReport(slug, YEAR, report("", figure("posts", 13)));
        assertEquals(0, queued(slug));
    }

    @Test
    void figuresLoadedInSqlAreRolledUpAtTheNextStart() throws SQLException {
        String slug = createCity("queue-sql", "Город загрузки");
        sql("INSERT INTO report (city_id, year, created_at, updated_at) SELECT id, " + YEAR + ", now(), now() FROM city WHERE slug = ?", slug);
        sql("INSERT INTO figure (report_id, position, metric, value, qualifier) SELECT r.id, 0, 'posts', 41, 'AT_LEAST' "
                + "FROM report r JOIN city c ON c.id = r.city_id WHERE c.slug = ?", slug);
        assertEquals(1, queued(slug));
        totals(slug, "posts").body("sum.value", equalTo(0), "citiesReporting.value", equalTo(0));

        rollups.backfill(null);

        assertEquals(0, queued(slug));
        totals(slug, "posts").body("citiesReporting.value", equalTo(1), "sum.value", equalTo(41), "sum.qualifier", equalTo("AT_LEAST"));
    }

    @Test
    void figuresAddedInSqlToARolledUpReportAreRolledUpAgain() throws SQLException {
        String slug = createCity("queue-add", "Город добавки");
        putReport(slug, YEAR, report("", figure("posts", 5)));
        sql("INSERT INTO figure (report_id, position, metric, value) SELECT r.id, 1, 'press_releases', 8 "
                + "FROM report r JOIN city c ON c.id = r.city_id WHERE c.slug = ?", slug);
        assertEquals(1, queued(slug));

        rollups.backfill(null);

        assertEquals(0, queued(slug));
        totals(slug, "press_releases").body("sum.value", equalTo(8));
        totals(slug, "posts").body("sum.value", equalTo(5), "sum.qualifier", equalTo("EXACT"));
        given().get("/api/v1/stats/ranking?metric=posts&year=" + YEAR + "&city=" + slug).then().statusCode(200)
                .body("items", hasSize(1));
    }

    private static ValidatableResponse totals(String slug, String metric) {
        return given().get("/api/v1/stats/totals?metric=" + metric + "&year=" + YEAR + "&city=" + slug).then().statusCode(200);
    }

    private void sql(String statement, String slug) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement update = connection.prepareStatement(statement)) {
            update.setString(1, slug);
            assertEquals(1, update.executeUpdate());
        }
    }

    private int queued(String slug) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement query = connection.prepareStatement(
                "SELECT count(*) FROM rollup_pending p JOIN report r ON r.id = p.report_id JOIN city c ON c.id = r.city_id "
                        + "WHERE c.slug = ?")) {
            query.setString(1, slug);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
