package org.pressstats.audit;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.pressstats.support.Api.given;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.pressstats.support.TestData;
import org.pressstats.support.Tokens;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;

@QuarkusTest
class HistoryTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void createReplaceDeleteRestoreGivesFourVersionsWithTheRightStates() {
        String slug = TestData.createCity("hist", "Город истории");
        String report = "/api/v1/cities/" + slug + "/reports/2022";
        String editor = Tokens.editor(slug);
        RestAssured.given().auth().oauth2(editor).contentType(ContentType.JSON)
                .body(TestData.report("Первая редакция", TestData.figure("press_releases", 100)))
                .put(report).then().statusCode(201);
        RestAssured.given().auth().oauth2(editor).contentType(ContentType.JSON)
                .body(TestData.report("Вторая редакция", TestData.figure("press_releases", 150)))
                .put(report).then().statusCode(200);
        RestAssured.given().auth().oauth2(editor).delete(report).then().statusCode(204);
        given().get(report).then().statusCode(404);

        given().post(report + "/history/1/restore").then().statusCode(201)
                .body("summary", equalTo("Первая редакция")).body("figures[0].value", equalTo(100));
        given().get(report).then().statusCode(200).body("summary", equalTo("Первая редакция"));

        given().get(report + "/history").then().statusCode(200)
                .body("totalItems", equalTo(4))
                .body("items.version", contains(4, 3, 2, 1))
                .body("items.action", contains("RESTORE", "DELETE", "REPLACE", "CREATE"))
                .body("items.actor", contains("admin-test", "editor-" + slug, "editor-" + slug, "editor-" + slug))
                .body("items[0].restoredFrom", equalTo(1));

        given().get(report + "/history/1").then().statusCode(200)
                .body("before", nullValue()).body("after.summary", equalTo("Первая редакция"))
                .body("after.figures[0].value", equalTo(100));
        given().get(report + "/history/2").then().statusCode(200)
                .body("before.summary", equalTo("Первая редакция")).body("after.summary", equalTo("Вторая редакция"))
                .body("after.figures[0].value", equalTo(150));
        given().get(report + "/history/3").then().statusCode(200)
                .body("action", equalTo("DELETE"))
                .body("before.summary", equalTo("Вторая редакция")).body("after", nullValue());
        given().get(report + "/history/4").then().statusCode(200)
                .body("before", nullValue()).body("after.summary", equalTo("Первая редакция"));
    }

    @Test
    void anUnchangedPutAndARestoreOfTheCurrentContentAddNoVersion() {
        String slug = TestData.createCity("hist", "Город без перемен");
        String report = "/api/v1/cities/" + slug + "/reports/2023";
        TestData.putReport(slug, 2023, TestData.report("Одна редакция", TestData.figure("press_releases", 5)));
        TestData.putReport(slug, 2023, TestData.report("Одна редакция", TestData.figure("press_releases", 5)));
        given().post(report + "/history/1/restore").then().statusCode(200);
        given().get(report + "/history").then().statusCode(200).body("totalItems", equalTo(1));
    }

    @Test
    void restoringADeletionOrAMissingVersionIsRefused() {
        String slug = TestData.createCity("hist", "Город отказов");
        String report = "/api/v1/cities/" + slug + "/reports/2023";
        TestData.putReport(slug, 2023, TestData.report("Редакция", TestData.figure("press_releases", 5)));
        given().delete(report).then().statusCode(204);
        given().post(report + "/history/2/restore").then().statusCode(422)
                .contentType("application/problem+json").body("errors[0].field", equalTo("version"));
        given().post(report + "/history/9/restore").then().statusCode(404);
        given().get(report + "/history/9").then().statusCode(404);
        given().get("/api/v1/cities/" + slug + "/reports/2019/history").then().statusCode(404);
        given().get(report + "/history/x").then().statusCode(400).body("errors[0].field", equalTo("version"));
        given().header("If-Match", "\"stale\"").post(report + "/history/1/restore").then().statusCode(412);
    }

    @Test
    void historyCannotBeChangedThroughTheApiNorInTheDatabase() throws SQLException {
        String slug = TestData.createCity("hist", "Город неизменный");
        String report = "/api/v1/cities/" + slug + "/reports/2023";
        TestData.putReport(slug, 2023, TestData.report("Редакция", TestData.figure("press_releases", 5)));
        // no operation writes history: other methods on its URLs are a 405 that says which one is allowed
        notAllowed(given().contentType(ContentType.JSON).body("{}").put(report + "/history/1"), "GET");
        notAllowed(given().delete(report + "/history/1"), "GET");
        notAllowed(given().delete(report + "/history"), "GET");
        notAllowed(given().contentType(ContentType.JSON).body("{}").put(report + "/history"), "GET");
        notAllowed(given().get(report + "/history/1/restore"), "POST");
        notAllowed(given().delete("/api/v1/audit"), "GET");
        notAllowed(given().contentType(ContentType.JSON).body("{}").put("/api/v1/audit/1"), "GET");
        notAllowed(given().delete("/api/v1/audit/1"), "GET");
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            assertThrows(SQLException.class, () -> sql.executeUpdate("UPDATE history SET actor = 'someone' WHERE entity_key = '" + slug + "/2023'"));
            assertThrows(SQLException.class, () -> sql.executeUpdate("DELETE FROM history WHERE entity_key = '" + slug + "/2023'"));
            assertThrows(SQLException.class, () -> sql.executeUpdate("TRUNCATE history"));
        }
        given().get(report + "/history").then().statusCode(200).body("totalItems", equalTo(1));
        given().get(report + "/history/1").then().statusCode(200).body("actor", equalTo("admin-test"))
                .body("after.summary", equalTo("Редакция"));
    }

    @Test
    void everyCityAndMetricChangeIsInTheAuditLog() {
        String slug = TestData.createCity("hist", "Город аудита");
        given().contentType(ContentType.JSON).body(TestData.city("Город аудита 2")).put("/api/v1/cities/" + slug)
                .then().statusCode(200);
        given().delete("/api/v1/cities/" + slug).then().statusCode(204);
        given().get("/api/v1/audit?entity=CITY&key=" + slug).then().statusCode(200)
                .body("items.action", contains("DELETE", "REPLACE", "CREATE"))
                .body("items.version", contains(3, 2, 1));
        long id = given().get("/api/v1/audit?entity=CITY&key=" + slug).then().extract().jsonPath().getLong("items[1].id");
        given().get("/api/v1/audit/" + id).then().statusCode(200)
                .body("before.name", equalTo("Город аудита")).body("after.name", equalTo("Город аудита 2"));

        String code = "audit_" + slug.replace('-', '_');
        given().contentType(ContentType.JSON).body("{\"nameRu\":\"Метрика\",\"nameEn\":\"Metric\",\"unit\":\"штук\",\"kind\":\"FLOW\"}")
                .put("/api/v1/metrics/" + code).then().statusCode(201);
        given().delete("/api/v1/metrics/" + code).then().statusCode(204);
        given().get("/api/v1/audit?entity=METRIC&key=" + code).then().statusCode(200)
                .body("items.action", contains("DELETE", "CREATE"))
                .body("items.actor", contains("admin-test", "admin-test"));
    }

    @Test
    void theAuditLogFiltersByActorAndTime() {
        String slug = TestData.createCity("hist", "Город фильтров");
        String editor = Tokens.editor(slug);
        RestAssured.given().auth().oauth2(editor).contentType(ContentType.JSON)
                .body(TestData.report("Редакция", TestData.figure("press_releases", 5)))
                .put("/api/v1/cities/" + slug + "/reports/2023").then().statusCode(201);
        given().queryParam("actor", "editor-" + slug).get("/api/v1/audit").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].key", equalTo(slug + "/2023"));
        String hourAgo = Instant.now().minus(1, ChronoUnit.HOURS).toString();
        String inAnHour = Instant.now().plus(1, ChronoUnit.HOURS).toString();
        given().queryParam("actor", "editor-" + slug).queryParam("from", hourAgo).queryParam("to", inAnHour)
                .get("/api/v1/audit").then().statusCode(200).body("totalItems", equalTo(1));
        given().queryParam("actor", "editor-" + slug).queryParam("to", hourAgo)
                .get("/api/v1/audit").then().statusCode(200).body("totalItems", equalTo(0));
        given().queryParam("actor", "editor-" + slug).queryParam("from", "2000-01-01")
                .get("/api/v1/audit").then().statusCode(200).body("totalItems", equalTo(1));
        given().queryParam("from", "yesterday").get("/api/v1/audit").then().statusCode(400)
                .body("errors[0].field", equalTo("from"));
        given().queryParam("entity", "PERSON").get("/api/v1/audit").then().statusCode(400)
                .body("errors[0].field", equalTo("entity"));
    }

    @Test
    void onlyAdminsReadTheAuditLogAndOnlyAdminsAndEditorsReadHistory() {
        String slug = TestData.createCity("hist", "Город читателей");
        TestData.putReport(slug, 2023, TestData.report("Редакция", TestData.figure("press_releases", 5)));
        String history = "/api/v1/cities/" + slug + "/reports/2023/history";
        RestAssured.given().get("/api/v1/audit").then().statusCode(401).header("WWW-Authenticate", containsString("Bearer"));
        RestAssured.given().auth().oauth2(Tokens.editor(slug)).get("/api/v1/audit").then().statusCode(403)
                .contentType("application/problem+json");
        RestAssured.given().get(history).then().statusCode(401);
        RestAssured.given().auth().oauth2(Tokens.reader()).get(history).then().statusCode(403);
        RestAssured.given().auth().oauth2(Tokens.editor("another-city")).get(history).then().statusCode(200);
        RestAssured.given().auth().oauth2(Tokens.editor(slug)).post(history + "/1/restore").then().statusCode(403);
        assertEquals(1, given().get(history).then().extract().jsonPath().getInt("totalItems"));
    }

    private static void notAllowed(io.restassured.response.Response answer, String allowed) {
        answer.then().statusCode(405).contentType(startsWith("application/problem+json"))
                .header("Allow", containsString(allowed)).body("status", equalTo(405));
    }
}
