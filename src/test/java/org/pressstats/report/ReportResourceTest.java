package org.pressstats.report;

import static org.pressstats.support.Api.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.pressstats.support.TestData.createCity;
import static org.pressstats.support.TestData.figure;
import static org.pressstats.support.TestData.json;
import static org.pressstats.support.TestData.putReport;
import static org.pressstats.support.TestData.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class ReportResourceTest {

    @Test
    void putCreatesReplacesAndIsIdempotent() {
        String slug = createCity("zeya", "Зея");
        String url = "/api/v1/cities/" + slug + "/reports/2023";
        Map<String, Object> body = report("Итоги года.", figure("press_releases", 120),
                figure("subscribers", "MAYOR", "TELEGRAM", 900, "AT_LEAST"));
        json().body(body).put(url).then().statusCode(201)
                .header("Location", containsString(url))
                .body("city", equalTo(slug), "year", equalTo(2023), "cityName", equalTo("Зея"),
                        "figures", hasSize(2), "figures[0].qualifier", equalTo("EXACT"),
                        "figures[1].qualifier", equalTo("AT_LEAST"), "version", equalTo(0));
        String tag = json().body(body).put(url).then().statusCode(200).body("version", equalTo(0)).extract().header("ETag");
        assertEquals(tag, json().get(url).then().extract().header("ETag"));

        body.put("figures", List.of(figure("press_releases", 121)));
        json().body(body).put(url).then().statusCode(200).body("figures", hasSize(1), "figures[0].value", equalTo(121),
                "version", equalTo(1));
        json().get(url).then().statusCode(200).body("figures", hasSize(1), "figures[0].value", equalTo(121));
    }

    @Test
    void replacingWithTheSameLevelsInAnotherOrderWorks() {
        String slug = createCity("order", "Тында");
        String url = "/api/v1/cities/" + slug + "/reports/2023";
        json().body(report("a", figure("press_releases", 1), figure("posts", 2))).put(url).then().statusCode(201);
        json().body(report("a", figure("posts", 3), figure("press_releases", 4))).put(url).then().statusCode(200)
                .body("figures.metric", equalTo(List.of("posts", "press_releases")));
    }

    @Test
    void getMissingReportOrCityIs404() {
        json().get("/api/v1/cities/bratsk/reports/1999").then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("1999"));
        json().get("/api/v1/cities/no-such-city/reports").then().statusCode(404);
        json().body(report("x")).put("/api/v1/cities/no-such-city/reports/2023").then().statusCode(404);
    }

    @Test
    void bodyCityAndYearMustMatchThePath() {
        String slug = createCity("match", "Сковородино");
        Map<String, Object> body = report("x");
        body.put("year", 2022);
        json().body(body).put("/api/v1/cities/" + slug + "/reports/2023").then().statusCode(400)
                .body("errors[0].field", equalTo("year"));
        body.put("year", 2023);
        body.put("city", "bratsk");
        json().body(body).put("/api/v1/cities/" + slug + "/reports/2023").then().statusCode(400)
                .body("errors[0].field", equalTo("city"));
        json().get("/api/v1/cities/" + slug + "/reports/2023").then().statusCode(404);
    }

    @Test
    void yearOutsideTheRangeIsA400() {
        String slug = createCity("years", "Магдагачи");
        json().body(report("x")).put("/api/v1/cities/" + slug + "/reports/1989").then().statusCode(400)
                .body("errors[0].field", equalTo("year"));
        json().body(report("x")).put("/api/v1/cities/" + slug + "/reports/" + (java.time.Year.now().getValue() + 2))
                .then().statusCode(400);
        json().body(report("x")).put("/api/v1/cities/" + slug + "/reports/abc").then().statusCode(400)
                .body("errors[0].field", equalTo("year"));
    }

    @Test
    void ruleViolationsAre422AndWriteNothing() {
        String slug = createCity("rules", "Белогорск");
        String url = "/api/v1/cities/" + slug + "/reports/2023";
        json().body(report("x", figure("subscribers", "MAYOR", "VK", 1, "EXACT"), figure("subscribers", "MAYOR", "VK", 2, "EXACT")))
                .put(url).then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("/problems/unprocessable"), "errors[0].field", equalTo("figures[1]"),
                        "errors[0].message", containsString("figures[0]"));
        json().body(report("x", figure("followers", 1))).put(url).then().statusCode(422)
                .body("errors[0].field", equalTo("figures[0].metric"));
        json().body(report("x", figure("subscriber_growth", 1))).put(url).then().statusCode(422)
                .body("errors[0].field", equalTo("figures[0].baseline"));
        json().get(url).then().statusCode(404);
    }

    @Test
    void failedReplaceLeavesTheStoredReportWhole() {
        String slug = createCity("whole", "Завитинск");
        String url = "/api/v1/cities/" + slug + "/reports/2023";
        putReport(slug, 2023, report("Исходный.", figure("press_releases", 10), figure("posts", 20)));
        json().body(report("Новый.", figure("press_releases", 11), figure("press_releases", 12))).put(url).then().statusCode(422);
        json().body(report("Новый.", figure("press_releases", -1))).put(url).then().statusCode(400);
        json().get(url).then().body("summary", equalTo("Исходный."), "figures.value", equalTo(List.of(10, 20)));
    }

    @Test
    void readOnlyFieldsAreIgnoredSoAGetCanBePutBack() {
        String slug = createCity("roundtrip", "Тында");
        String url = "/api/v1/cities/" + slug + "/reports/2023";
        putReport(slug, 2023, report("Было.", figure("press_releases", 10)));
        Map<String, Object> doc = json().get(url).then().extract().as(Map.class);
        doc.put("summary", "Стало.");
        doc.put("version", 42);
        doc.put("cityName", "Другое имя");
        json().body(doc).put(url).then().statusCode(200)
                .body("summary", equalTo("Стало."), "version", equalTo(1), "cityName", equalTo("Тында"));
    }

    @Test
    void deleteHonoursIfMatch() {
        String slug = createCity("del", "Ивановка");
        String tag = putReport(slug, 2023, report("x"));
        given().header("If-Match", "\"nope\"").delete("/api/v1/cities/" + slug + "/reports/2023").then().statusCode(412);
        json().get("/api/v1/cities/" + slug + "/reports/2023").then().statusCode(200);
        given().header("If-Match", tag).delete("/api/v1/cities/" + slug + "/reports/2023").then().statusCode(204);
        json().get("/api/v1/cities/" + slug + "/reports/2023").then().statusCode(404);
    }

    @Test
    void getWithCurrentTagIs304() {
        String tag = json().get("/api/v1/cities/bratsk/reports/2023").then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", tag).get("/api/v1/cities/bratsk/reports/2023").then().statusCode(304);
    }

    @Test
    void concurrentPutsWithTheSameIfMatchLetExactlyOneWin() throws Exception {
        String slug = createCity("race", "Гонка");
        String url = "/api/v1/cities/" + slug + "/reports/2023";
        String tag = putReport(slug, 2023, report("Начало.", figure("press_releases", 1)));
        List<Map<String, Object>> bodies = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            List<Map<String, Object>> figures = new ArrayList<>();
            for (int f = 0; f < 12; f++) {
                figures.add(figure("press_releases", f % 2 == 0 ? null : "MAYOR", platform(f), 1000 * (i + 1) + f, "EXACT"));
            }
            Map<String, Object> body = report("Версия " + i);
            body.put("figures", figures);
            bodies.add(body);
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Response>> results = new ArrayList<>();
            for (Map<String, Object> body : bodies) {
                Callable<Response> put = () -> {
                    start.await();
                    return json().header("If-Match", tag).body(body).put(url);
                };
                results.add(pool.submit(put));
            }
            start.countDown();
            Response a = results.get(0).get();
            Response b = results.get(1).get();
            List<Integer> statuses = new ArrayList<>(List.of(a.statusCode(), b.statusCode()));
            statuses.sort(null);
            assertEquals(List.of(200, 412), statuses);
            Map<String, Object> winner = a.statusCode() == 200 ? bodies.get(0) : bodies.get(1);
            Response stored = json().get(url);
            assertEquals(winner.get("summary"), stored.path("summary"));
            List<Integer> wantedValues = ((List<Map<String, Object>>) winner.get("figures")).stream()
                    .map(f -> ((Number) f.get("value")).intValue()).toList();
            assertEquals(wantedValues, stored.path("figures.value"));
        } finally {
            pool.shutdownNow();
        }
    }

    private static String platform(int f) {
        String[] platforms = { "TELEGRAM", "VK", "OK", "VIBER", "MAX", "RUTUBE" };
        return platforms[f / 2];
    }

    @Test
    void cityReportsListNewestFirstAndPagesWithLinks() {
        String slug = createCity("pages", "Архара");
        for (int year = 2018; year <= 2022; year++) {
            putReport(slug, year, report("Год " + year));
        }
        String base = "/api/v1/cities/" + slug + "/reports";
        given().queryParam("size", 2).get(base).then().statusCode(200)
                .body("items.year", equalTo(List.of(2022, 2021)), "totalItems", equalTo(5), "totalPages", equalTo(3))
                .header("Link", containsString("rel=\"next\""))
                .header("Link", not(containsString("rel=\"prev\"")));
        given().queryParam("size", 2).queryParam("page", 2).get(base).then().statusCode(200)
                .body("items.year", equalTo(List.of(2018)))
                .header("Link", containsString("rel=\"prev\""))
                .header("Link", not(containsString("rel=\"next\"")))
                .header("Link", containsString("page=2&size=2>; rel=\"last\""));
        given().queryParam("size", 2).queryParam("page", 7).get(base).then().statusCode(200)
                .body("items", hasSize(0), "totalItems", equalTo(5));
        given().queryParam("sort", "year,asc").get(base).then().statusCode(200)
                .body("items[0].year", equalTo(2018));
        given().queryParam("size", 201).get(base).then().statusCode(400).body("errors[0].field", equalTo("size"));
        given().queryParam("sort", "summary,asc").get(base).then().statusCode(400)
                .body("detail", containsString("year"));
    }

    @Test
    void aCitysListHoldsOnlyItsOwnReportsEvenWhenAnotherCityIsNamedLikeItsSlug() {
        String slug = createCity("own", "Своя");
        String namesake = org.pressstats.support.TestData.uniqueSlug("namesake");
        json().body(org.pressstats.support.TestData.city(slug)).put("/api/v1/cities/" + namesake).then().statusCode(201);
        putReport(slug, 2021, report("Свой."));
        putReport(namesake, 2021, report("Чужой."));
        given().get("/api/v1/cities/" + slug + "/reports").then().statusCode(200)
                .body("totalItems", equalTo(1), "items[0].city", equalTo(slug));
    }

    @Test
    void searchAcrossCitiesFiltersByYearCityDistrictAndMetric() {
        given().queryParam("year", 2023).queryParam("size", 200).get("/api/v1/reports").then().statusCode(200)
                .body("items.city", hasItems("bratsk", "blagoveshchensk"));
        given().queryParam("city", "БРАТСК").get("/api/v1/reports").then().statusCode(200)
                .body("items.city", hasItem("bratsk"), "items.city", not(hasItem("blagoveshchensk")));
        given().queryParam("district", "FAR_EASTERN").queryParam("year", 2023).queryParam("size", 200).get("/api/v1/reports")
                .then().statusCode(200).body("items.city", hasItem("blagoveshchensk"), "items.city", not(hasItem("bratsk")));
        given().queryParam("metric", "posts").queryParam("year", 2023).queryParam("size", 200).get("/api/v1/reports")
                .then().statusCode(200).body("items.city", hasItem("bratsk"), "items.city", not(hasItem("blagoveshchensk")));
        given().queryParam("metric", "no_such").get("/api/v1/reports").then().statusCode(400)
                .body("errors[0].field", equalTo("metric"));
        given().queryParam("year", "next").get("/api/v1/reports").then().statusCode(400)
                .body("errors[0].field", equalTo("year"));
    }
}
