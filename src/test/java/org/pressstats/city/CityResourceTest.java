package org.pressstats.city;

import static org.pressstats.support.Api.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.pressstats.support.TestData.city;
import static org.pressstats.support.TestData.createCity;
import static org.pressstats.support.TestData.json;
import static org.pressstats.support.TestData.uniqueSlug;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.pressstats.support.TestData;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class CityResourceTest {

    @Test
    void putCreatesThenReplaces() {
        String slug = uniqueSlug("tynda");
        json().body(city("Тында")).put("/api/v1/cities/" + slug).then()
                .statusCode(201)
                .header("Location", containsString("/api/v1/cities/" + slug))
                .header("ETag", notNullValue())
                .body("slug", equalTo(slug), "name", equalTo("Тында"), "version", equalTo(0));
        Map<String, Object> changed = city("Тында");
        changed.put("population", 32000);
        changed.put("website", "https://tynda.ru/");
        json().body(changed).put("/api/v1/cities/" + slug).then()
                .statusCode(200)
                .body("population", equalTo(32000), "website", equalTo("https://tynda.ru/"), "version", equalTo(1));
        json().get("/api/v1/cities/" + slug).then().statusCode(200).body("population", equalTo(32000));
    }

    @Test
    void samePutTwiceChangesNothing() {
        String slug = createCity("same", "Зея");
        String first = json().get("/api/v1/cities/" + slug).then().extract().header("ETag");
        String second = json().body(city("Зея")).put("/api/v1/cities/" + slug).then().statusCode(200)
                .body("version", equalTo(0)).extract().header("ETag");
        assertEquals(first, second);
    }

    @Test
    void postCreatesAndRefusesAnExistingSlug() {
        String slug = uniqueSlug("svobodny");
        Map<String, Object> body = city("Свободный");
        body.put("slug", slug);
        json().body(body).post("/api/v1/cities").then().statusCode(201)
                .header("Location", containsString("/api/v1/cities/" + slug));
        json().body(body).post("/api/v1/cities").then().statusCode(409)
                .contentType("application/problem+json").body("type", equalTo("/problems/conflict"));
    }

    @Test
    void postWithoutSlugIsA400NamingIt() {
        json().body(city("Без слага")).post("/api/v1/cities").then().statusCode(400)
                .body("errors.field", hasItem("slug"));
    }

    @Test
    void cyrillicRoundTripsByteForByte() {
        String name = "Петропавловск-Камчатский «Ёлки» — №1 ЁЖ ёж";
        String slug = uniqueSlug("pk");
        Map<String, Object> body = city(name);
        body.put("region", "Камчатский край");
        byte[] sent = name.getBytes(StandardCharsets.UTF_8);
        json().body(body).put("/api/v1/cities/" + slug).then().statusCode(201);
        String read = json().get("/api/v1/cities/" + slug).then().statusCode(200)
                .header("Content-Type", containsString("application/json"))
                .extract().path("name");
        assertArrayEquals(sent, read.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void qMatchesPartOfTheNameInAnyCaseAndYo() {
        String slug = createCity("berezovka", "Берёзовка");
        given().queryParam("q", "БЕРЕЗ").get("/api/v1/cities").then().statusCode(200)
                .body("items.slug", hasItem(slug));
        given().queryParam("q", "berezovka").get("/api/v1/cities").then().statusCode(200)
                .body("items.slug", hasItem(slug));
        given().queryParam("q", "%").get("/api/v1/cities").then().statusCode(200)
                .body("items.slug", not(hasItem(slug)));
    }

    @Test
    void districtFilterAndCatalog() {
        given().queryParam("district", "SIBERIAN").get("/api/v1/cities").then().statusCode(200)
                .body("items.slug", hasItem("bratsk"), "items.slug", not(hasItem("blagoveshchensk")));
        given().get("/api/v1/federal-districts").then().statusCode(200)
                .body("$", hasSize(8), "find { it.code == 'FAR_EASTERN' }.abbreviationRu", equalTo("ДФО"));
        given().queryParam("district", "MARS").get("/api/v1/cities").then().statusCode(400)
                .body("errors[0].field", equalTo("district"));
    }

    @Test
    void getWithCurrentTagIs304() {
        String tag = json().get("/api/v1/cities/bratsk").then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", tag).get("/api/v1/cities/bratsk").then().statusCode(304);
        given().header("If-None-Match", "\"other\"").get("/api/v1/cities/bratsk").then().statusCode(200);
    }

    @Test
    void putWithStaleIfMatchIsRejectedAndChangesNothing() {
        String slug = createCity("stale", "Шимановск");
        String tag = json().get("/api/v1/cities/" + slug).then().extract().header("ETag");
        Map<String, Object> first = city("Шимановск");
        first.put("population", 19000);
        String newTag = json().header("If-Match", tag).body(first).put("/api/v1/cities/" + slug)
                .then().statusCode(200).extract().header("ETag");
        assertNotEquals(tag, newTag);
        Map<String, Object> second = city("Шимановск");
        second.put("population", 1);
        json().header("If-Match", tag).body(second).put("/api/v1/cities/" + slug).then().statusCode(412)
                .contentType("application/problem+json").body("type", equalTo("/problems/precondition-failed"));
        json().get("/api/v1/cities/" + slug).then().body("population", equalTo(19000));
    }

    @Test
    void ifNoneMatchStarCreatesOnly() {
        String slug = uniqueSlug("once");
        json().header("If-None-Match", "*").body(city("Один раз")).put("/api/v1/cities/" + slug).then().statusCode(201);
        json().header("If-None-Match", "*").body(city("Второй раз")).put("/api/v1/cities/" + slug).then().statusCode(412);
        json().get("/api/v1/cities/" + slug).then().body("name", equalTo("Один раз"));
    }

    @Test
    void deleteRemovesACityWithoutReports() {
        String slug = createCity("gone", "Удаляемый");
        String tag = json().get("/api/v1/cities/" + slug).then().extract().header("ETag");
        given().header("If-Match", "\"stale\"").delete("/api/v1/cities/" + slug).then().statusCode(412);
        given().header("If-Match", tag).delete("/api/v1/cities/" + slug).then().statusCode(204);
        json().get("/api/v1/cities/" + slug).then().statusCode(404).contentType("application/problem+json");
        given().delete("/api/v1/cities/" + slug).then().statusCode(404);
    }

    @Test
    void deleteOfACityWithReportsSaysHowManyAndKeepsEverything() {
        String slug = createCity("kept", "Сохраняемый");
        TestData.putReport(slug, 2022, TestData.report("Итоги 2022."));
        TestData.putReport(slug, 2023, TestData.report("Итоги 2023."));
        given().delete("/api/v1/cities/" + slug).then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("2 report(s)"));
        json().get("/api/v1/cities/" + slug + "/reports").then().statusCode(200).body("totalItems", equalTo(2));
    }

    @Test
    void bodySlugMustMatchThePath() {
        String slug = uniqueSlug("path");
        Map<String, Object> body = city("Путь");
        body.put("slug", "other-slug");
        json().body(body).put("/api/v1/cities/" + slug).then().statusCode(400)
                .body("errors[0].field", equalTo("slug"));
        json().get("/api/v1/cities/" + slug).then().statusCode(404);
    }

    @Test
    void readOnlyFieldsInABodyAreIgnored() {
        String slug = createCity("ro", "Райчихинск");
        Map<String, Object> doc = json().get("/api/v1/cities/" + slug).then().extract().as(Map.class);
        doc.put("version", 99);
        doc.put("createdAt", "2000-01-01T00:00:00Z");
        doc.put("population", 17000);
        json().body(doc).put("/api/v1/cities/" + slug).then().statusCode(200)
                .body("version", equalTo(1), "createdAt", not(equalTo("2000-01-01T00:00:00Z")), "population", equalTo(17000));
    }
}
