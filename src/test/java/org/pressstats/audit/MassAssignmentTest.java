package org.pressstats.audit;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.pressstats.support.Api.given;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.pressstats.support.TestData;

import io.restassured.http.ContentType;
import io.quarkus.test.junit.QuarkusTest;

/** Server-owned fields in a body: read-only ones are ignored, anything the API does not know is a 400. */
@QuarkusTest
class MassAssignmentTest {

    @Test
    void readOnlyFieldsInACityBodyAreIgnored() {
        String slug = TestData.uniqueSlug("mass");
        Map<String, Object> body = TestData.city("Город подмены");
        body.put("version", 99);
        body.put("createdAt", "2000-01-01T00:00:00Z");
        body.put("updatedAt", "2000-01-01T00:00:00Z");
        given().contentType(ContentType.JSON).body(body).put("/api/v1/cities/" + slug).then().statusCode(201)
                .body("version", equalTo(0)).body("createdAt", not(equalTo("2000-01-01T00:00:00Z")))
                .body("updatedAt", not(equalTo("2000-01-01T00:00:00Z")));
    }

    @Test
    void readOnlyFieldsInAReportBodyAreIgnored() {
        String slug = TestData.createCity("mass", "Настоящее имя");
        Map<String, Object> body = TestData.report("Редакция", TestData.figure("press_releases", 5));
        body.put("version", 42);
        body.put("createdAt", "2000-01-01T00:00:00Z");
        body.put("cityName", "Подменённое имя");
        given().contentType(ContentType.JSON).body(body).put("/api/v1/cities/" + slug + "/reports/2023").then()
                .statusCode(201).body("version", equalTo(0)).body("cityName", equalTo("Настоящее имя"))
                .body("createdAt", not(equalTo("2000-01-01T00:00:00Z")));
    }

    @Test
    void anIdOrAHistoryFieldIsRejected() {
        String slug = TestData.createCity("mass", "Город без id");
        for (String field : new String[] { "id", "actor", "history", "restoredFrom" }) {
            Map<String, Object> city = TestData.city("Город без id");
            city.put(field, field.equals("history") ? java.util.List.of() : "1");
            given().contentType(ContentType.JSON).body(city).put("/api/v1/cities/" + slug).then().statusCode(400)
                    .body("errors[0].field", equalTo(field));
            Map<String, Object> report = TestData.report("Редакция", TestData.figure("press_releases", 5));
            report.put(field, field.equals("history") ? java.util.List.of() : "1");
            given().contentType(ContentType.JSON).body(report).put("/api/v1/cities/" + slug + "/reports/2023").then()
                    .statusCode(400).body("errors[0].field", equalTo(field));
        }
        Map<String, Object> metric = new java.util.LinkedHashMap<>(Map.of("nameRu", "М", "nameEn", "M", "unit", "шт",
                "kind", "FLOW", "id", 7));
        given().contentType(ContentType.JSON).body(metric).put("/api/v1/metrics/mass_" + slug.replace('-', '_'))
                .then().statusCode(400).body("errors[0].field", equalTo("id"));
        given().get("/api/v1/cities/" + slug + "/reports/2023").then().statusCode(404);
        given().get("/api/v1/cities/" + slug).then().statusCode(200).body("version", equalTo(0));
    }
}
