package org.pressstats.bulk;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.pressstats.support.TestData.createCity;
import static org.pressstats.support.TestData.figure;
import static org.pressstats.support.TestData.json;
import static org.pressstats.support.TestData.putReport;
import static org.pressstats.support.TestData.report;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.pressstats.support.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;

/** POST /api/v1/import: figures replaced city-year by city-year, all or nothing, every bad row named. */
@QuarkusTest
class ImportTest {

    static final String HEADER = "city,year,metric,owner,platform,value,qualifier,baseline,note\n";

    static ValidatableResponse post(String type, byte[] body, String... query) {
        var request = given().auth().oauth2(Tokens.admin()).contentType(type).body(body);
        for (int i = 0; i < query.length; i += 2) {
            request = request.queryParam(query[i], query[i + 1]);
        }
        return request.post("/api/v1/import").then();
    }

    /** RestAssured without the ISO-8859-1 it adds to text types, which an import refuses. */
    static io.restassured.specification.RequestSpecification given() {
        return RestAssured.given().config(RestAssured.config().encoderConfig(io.restassured.config.EncoderConfig.encoderConfig()
                .appendDefaultContentCharsetToContentTypeIfUndefined(false)));
    }

    static ValidatableResponse csv(String csv, String... query) {
        return post("text/csv", csv.getBytes(StandardCharsets.UTF_8), query);
    }

    @Test
    void aCsvImportReplacesTheFiguresOfEachCityYearAndKeepsTheProse() {
        String slug = createCity("import", "Тында");
        Map<String, Object> existing = report("Итоги года.", figure("press_releases", 100));
        existing.put("highlights", List.of(Map.of("kind", "MILESTONE", "title", "Первый миллион просмотров")));
        putReport(slug, 2022, existing);
        String file = HEADER
                + slug + ",2022,press_releases,,,1530,,,\"опубликовано, на сайте\"\n"
                + slug + ",2022,subscribers,MAYOR,TELEGRAM,3672,EXACT,,\n"
                + slug + ",2022,subscriber_growth,ADMINISTRATION,,8200,,2022-01-01,\n"
                + slug + ",2023,views,,,10000000,AT_LEAST,,\n";
        csv(file).statusCode(200).body("format", equalTo("CSV"), "rows", equalTo(4), "cityYears.created", equalTo(1),
                "cityYears.replaced", equalTo(1), "cityYears.unchanged", equalTo(0), "figures.added", equalTo(4),
                "figures.removed", equalTo(1));
        json().get("/api/v1/cities/" + slug + "/reports/2022").then().statusCode(200)
                .body("summary", equalTo("Итоги года."), "highlights[0].title", equalTo("Первый миллион просмотров"),
                        "figures.metric", contains("press_releases", "subscribers", "subscriber_growth"),
                        "figures[0].value", equalTo(1530), "figures[0].note", equalTo("опубликовано, на сайте"),
                        "figures[2].baseline", equalTo("2022-01-01"), "version", equalTo(1));
        json().get("/api/v1/cities/" + slug + "/reports/2023").then().statusCode(200)
                .body("figures[0].qualifier", equalTo("AT_LEAST"), "summary", equalTo(null));
        json().get("/api/v1/cities/" + slug + "/reports/2022/history").then().statusCode(200)
                .body("items[0].action", equalTo("REPLACE"), "items[0].version", equalTo(2), "items[0].actor", equalTo("admin-test"));
        json().queryParam("city", slug).queryParam("metric", "press_releases").queryParam("year", 2022)
                .get("/api/v1/stats/totals").then().statusCode(200).body("sum.value", equalTo(1530));
    }

    @Test
    void importingTheSameFileAgainChangesNothing() {
        String slug = createCity("reimport", "Зея");
        String file = HEADER + slug + ",2021,press_releases,,,700,,,\n" + slug + ",2021,photo_reports,,,45,,,\n";
        csv(file).statusCode(200).body("cityYears.created", equalTo(1));
        String etag = json().get("/api/v1/cities/" + slug + "/reports/2021").then().extract().header("ETag");
        String history = json().get("/api/v1/cities/" + slug + "/reports/2021/history").then().extract().asString();
        csv(file).statusCode(200).body("cityYears.unchanged", equalTo(1), "cityYears.created", equalTo(0),
                "cityYears.replaced", equalTo(0), "figures.added", equalTo(0));
        json().get("/api/v1/cities/" + slug + "/reports/2021").then().header("ETag", equalTo(etag));
        assertEquals(history, json().get("/api/v1/cities/" + slug + "/reports/2021/history").then().extract().asString());
    }

    @Test
    void everyBadRowIsListedAndNothingIsWritten() {
        String slug = createCity("bad-rows", "Свободный");
        String file = HEADER
                + slug + ",2022,press_releases,,,1530,,,\n"                  // line 2: good
                + slug + ",2022,photo_reports,,,много,,,\n"                  // 3: not a number
                + slug + ",2022,press_release,,,10,,,\n"                     // 4: not in the catalog
                + slug + ",2022,press_releases,,,99,,,\n"                    // 5: duplicates line 2
                + slug + ",1800,press_releases,,,1,,,\n"                     // 6: year out of range
                + slug + ",2022,subscribers,KING,,5,,,\n"                    // 7: not an owner
                + slug + ",2022,posts,,,5,,2021,\n"                          // 8: baseline on a flow
                + slug + ",2022,views,,,5,,,,extra\n"                        // 9: too many fields
                + "no-such-city-xyz,2022,posts,,,5,,,\n"                     // 10: unknown city
                + slug + ",2022,views,,,-5,,,\n";                            // 11: negative
        csv(file).statusCode(422).contentType("application/problem+json").body("type", equalTo("/problems/unprocessable"),
                "errors", hasSize(9))
                .body("errors.find { it.line == 3 }.field", equalTo("value"), "errors.find { it.line == 3 }.value", equalTo("много"),
                        "errors.find { it.line == 4 }.message", containsString("not in the metric catalog"),
                        "errors.find { it.line == 5 }.message", containsString("duplicates line 2"),
                        "errors.find { it.line == 6 }.field", equalTo("year"),
                        "errors.find { it.line == 7 }.field", equalTo("owner"),
                        "errors.find { it.line == 8 }.field", equalTo("baseline"),
                        "errors.find { it.line == 9 }.message", containsString("fields"),
                        "errors.find { it.line == 10 }.message", containsString("no city"),
                        "errors.find { it.line == 11 }.message", equalTo("must be greater than or equal to 0"));
        json().get("/api/v1/cities/" + slug + "/reports/2022").then().statusCode(404);
    }

    @Test
    void aDryRunCountsAndWritesNothing() {
        String slug = createCity("dry", "Тында");
        csv(HEADER + slug + ",2020,press_releases,,,10,,,\n", "dryRun", "true").statusCode(200)
                .body("dryRun", equalTo(true), "cityYears.created", equalTo(1), "figures.added", equalTo(1));
        json().get("/api/v1/cities/" + slug + "/reports/2020").then().statusCode(404);
        csv(HEADER + slug + ",2020,press_releases,,,10,,,\n", "dryRun", "maybe").statusCode(400).body("errors[0].field", equalTo("dryRun"));
    }

    @Test
    void anEditorImportsOnlyItsCities() {
        String mine = createCity("editor-own", "Зея");
        String other = createCity("editor-other", "Тында");
        String file = HEADER + mine + ",2022,press_releases,,,1,,,\n" + other + ",2022,press_releases,,,2,,,\n";
        given().auth().oauth2(Tokens.editor(mine)).contentType("text/csv").body(file).post("/api/v1/import")
                .then().statusCode(422).body("errors", hasSize(1), "errors[0].line", equalTo(3), "errors[0].field", equalTo("city"),
                        "errors[0].message", containsString("may not change reports of city '" + other + "'"));
        given().auth().oauth2(Tokens.editor(mine)).contentType("text/csv")
                .body(HEADER + mine + ",2022,press_releases,,,1,,,\n").post("/api/v1/import").then().statusCode(200);
        given().contentType("text/csv").body(file).post("/api/v1/import").then().statusCode(401);
        given().auth().oauth2(Tokens.editor(mine)).contentType("text/csv").body("slug,name\nx,y\n")
                .post("/api/v1/import/cities").then().statusCode(403);
    }

    @Test
    void excelsCsvWithABomSemicolonsAndQuotesIsRead() {
        String slug = createCity("excel", "Свободный");
        String file = "\uFEFFcity;year;metric;value;note\r\n" + slug + ";2022;press_releases;\"3 415\";\"на сайте; в «ТГ»\r\nи \"\"ВК\"\"\"\r\n";
        csv(file).statusCode(200).body("cityYears.created", equalTo(1));
        json().get("/api/v1/cities/" + slug + "/reports/2022").then().body("figures[0].value", equalTo(3415),
                "figures[0].note", equalTo("на сайте; в «ТГ»\r\nи \"ВК\""));
    }

    @Test
    void ndjsonReplacesWholeReportsAndNamesTheLineOfEachBadDocument() {
        String slug = createCity("ndjson", "Тында");
        String good = "{\"city\":\"" + slug + "\",\"year\":2022,\"summary\":\"Итоги.\",\"figures\":[{\"metric\":\"posts\",\"value\":5}],"
                + "\"highlights\":[{\"kind\":\"MILESTONE\",\"title\":\"Рекорд\"}]}";
        post("application/x-ndjson", (good + "\n\n").getBytes(StandardCharsets.UTF_8)).statusCode(200)
                .body("format", equalTo("NDJSON"), "rows", equalTo(1), "cityYears.created", equalTo(1));
        json().get("/api/v1/cities/" + slug + "/reports/2022").then().body("summary", equalTo("Итоги."),
                "highlights[0].title", equalTo("Рекорд"));
        String bad = good + "\n{\"city\":\"" + slug + "\",\"year\":2023,\"figures\":[{\"metric\":\"posts\",\"value\":\"many\"}]}\n"
                + "not json\n{\"year\":2023}\n";
        post("application/x-ndjson", bad.getBytes(StandardCharsets.UTF_8)).statusCode(422)
                .body("errors.line", hasItem(2), "errors.line", hasItem(3), "errors.find { it.line == 4 }.field", equalTo("city"));
        json().get("/api/v1/cities/" + slug + "/reports/2023").then().statusCode(404);
    }

    @Test
    void aFileNotOfTheFormItClaimsIsRefused() {
        csv("").statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("body"));
        csv("city,year,metric,value,colour\n").statusCode(400).body("errors.field", hasItem("colour"));
        csv("city,year,metric\nx,2020,posts\n").statusCode(400).body("errors[0].field", equalTo("value"),
                "errors[0].message", containsString("required column"));
        csv(HEADER).statusCode(400).body("errors[0].message", containsString("no rows"));
        post("text/csv", new byte[] { 'c', 'i', 't', 'y', 0, 1, 2 }).statusCode(400);
        post(BulkFormat.XLSX_TYPE, "city,year".getBytes(StandardCharsets.UTF_8)).statusCode(400)
                .body("detail", containsString("xlsx"));
        post("application/json", "{}".getBytes(StandardCharsets.UTF_8)).statusCode(415).body("detail", containsString("text/csv"));
        post("text/csv; charset=windows-1251", HEADER.getBytes(StandardCharsets.UTF_8)).statusCode(415);
        post("text/csv", "city,year\n\u00ff".getBytes(StandardCharsets.ISO_8859_1)).statusCode(400);
        post("text/csv", new byte[6 * 1024 * 1024]).statusCode(413).contentType("application/problem+json");
    }
}
