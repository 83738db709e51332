package org.pressstats.common;

import static org.pressstats.support.Api.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.pressstats.support.TestData.createCity;
import static org.pressstats.support.TestData.json;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Every error a client can cause is a 4xx problem+json that says what and where, never a 500 or a stack trace. */
@QuarkusTest
class ErrorHandlingTest {

    private static ValidatableResponse putCity(String slug, String body) {
        return given().contentType("application/json").body(body).put("/api/v1/cities/" + slug).then();
    }

    private static ValidatableResponse problem(ValidatableResponse response, int status, String type) {
        return response.statusCode(status).contentType("application/problem+json")
                .body("status", equalTo(status), "type", equalTo(type), "title", notNullValue(), "detail", notNullValue(),
                        "instance", notNullValue())
                .body(not(containsString("Exception")), not(containsString("org.pressstats")));
    }

    @Test
    void aNulInAParameterOrThePathIsA400NamingIt() {
        problem(given().urlEncodingEnabled(false).get("/api/v1/stats/totals?year=2023&metric=sub%00scribers").then(), 400,
                "/problems/validation").body("errors[0].field", equalTo("metric"));
        problem(given().urlEncodingEnabled(false).get("/api/v1/cities?q=%00").then(), 400, "/problems/validation")
                .body("errors[0].field", equalTo("q"));
        problem(given().urlEncodingEnabled(false).get("/api/v1/cities/brat%00sk").then(), 400, "/problems/validation")
                .body("errors[0].field", equalTo("path"));
        // a percent sign that encodes something else is no NUL
        given().urlEncodingEnabled(false).get("/api/v1/cities?q=%25000").then().statusCode(200);
    }

    @Test
    void malformedJson() {
        problem(putCity("tynda", "{\"name\": \"Тында\""), 400, "/problems/malformed").body("detail", containsString("line 1"));
        problem(putCity("tynda", "[1, 2]"), 400, "/problems/malformed");
        problem(putCity("tynda", "{\"name\":\"a\"} trailing"), 400, "/problems/malformed");
        problem(putCity("tynda", "{\"name\":\"a\",\"name\":\"b\"}"), 400, "/problems/malformed");
    }

    @Test
    void unknownPropertyIsNamed() {
        problem(putCity("tynda", "{\"name\":\"Тында\",\"mayor\":\"x\"}"), 400, "/problems/validation")
                .body("errors[0].field", equalTo("mayor"));
        String slug = createCity("unknown", "Тында");
        problem(json().body("{\"figures\":[{\"metric\":\"posts\",\"value\":1,\"precision\":\"high\"}]}")
                .put("/api/v1/cities/" + slug + "/reports/2023").then(), 400, "/problems/validation")
                .body("errors[0].field", equalTo("figures[0].precision"));
    }

    @Test
    void wrongTypesAndOutOfRangeNumbersAreNamed() {
        problem(putCity("tynda", "{\"name\":\"Тында\",\"population\":\"many\"}"), 400, "/problems/validation")
                .body("errors[0].field", equalTo("population"));
        problem(putCity("tynda", "{\"name\":\"Тында\",\"population\":1.5}"), 400, "/problems/validation")
                .body("errors[0].field", equalTo("population"));
        problem(putCity("tynda", "{\"name\":\"Тында\",\"population\":123456789012345678901234567890}"), 400,
                "/problems/validation").body("errors[0].field", equalTo("population"));
        problem(putCity("tynda", "{\"name\":\"Тында\",\"population\":0}"), 400, "/problems/validation")
                .body("errors[0].field", equalTo("population"));
        problem(putCity("tynda", "{\"name\":42}"), 400, "/problems/validation").body("errors[0].field", equalTo("name"));
        String slug = createCity("types", "Тында");
        String url = "/api/v1/cities/" + slug + "/reports/2023";
        problem(json().body("{\"figures\":[{\"metric\":\"posts\",\"value\":10000000000001}]}").put(url).then(), 400,
                "/problems/validation").body("errors[0].field", equalTo("figures[0].value"));
        problem(json().body("{\"figures\":[{\"metric\":\"posts\",\"value\":-5}]}").put(url).then(), 400,
                "/problems/validation").body("errors[0].field", equalTo("figures[0].value"));
        problem(json().body("{\"figures\":[{\"metric\":\"posts\"}]}").put(url).then(), 400,
                "/problems/validation").body("errors[0].field", equalTo("figures[0].value"));
        problem(json().body("{\"figures\":{\"metric\":\"posts\"}}").put(url).then(), 400,
                "/problems/validation").body("errors[0].field", equalTo("figures"));
        problem(json().body("{\"highlights\":[{\"kind\":\"EVENT_COVERED\",\"title\":\"x\",\"firstTime\":\"yes\"}]}").put(url).then(),
                400, "/problems/validation").body("errors[0].field", equalTo("highlights[0].firstTime"));
        problem(json().body("{\"summary\":\"" + "я".repeat(20_001) + "\"}").put(url).then(), 400, "/problems/validation")
                .body("errors[0].field", equalTo("summary"));
        json().get(url).then().statusCode(404);
    }

    @Test
    void unknownEnumValueListsTheAllowedOnes() {
        problem(putCity("tynda", "{\"name\":\"Тында\",\"federalDistrict\":\"ARCTIC\"}"), 400, "/problems/validation")
                .body("errors[0].field", equalTo("federalDistrict"), "errors[0].message", containsString("FAR_EASTERN"));
    }

    @Test
    void invalidPathSlug() {
        problem(putCity("Not_A_Slug", "{\"name\":\"x\"}"), 400, "/problems/validation").body("errors[0].field", equalTo("slug"));
        problem(json().get("/api/v1/cities/x").then(), 400, "/problems/validation");
    }

    @Test
    void tooLargeBodyIs413WithOrWithoutContentLength() {
        String big = "{\"name\":\"" + "я".repeat(600_000) + "\"}";
        problem(putCity("tynda", big), 413, "/problems/payload-too-large");
        // a stream of unknown length goes out chunked, without Content-Length
        problem(given().contentType("application/json")
                .body(new java.io.ByteArrayInputStream(big.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .put("/api/v1/cities/tynda").then(), 413, "/problems/payload-too-large");
        json().get("/api/v1/cities/tynda").then().statusCode(404);
    }

    @Test
    void unsupportedMediaTypeMethodAndPath() {
        problem(given().contentType("text/plain").body("name=Тында").put("/api/v1/cities/tynda").then(), 415,
                "/problems/unsupported-media-type");
        problem(given().contentType("application/json").body("{}").patch("/api/v1/cities/bratsk").then(), 405,
                "/problems/method-not-allowed");
        problem(given().get("/api/v1/nothing-here").then(), 404, "/problems/not-found");
    }

    @Test
    void missingOrNullBody() {
        problem(given().contentType("application/json").put("/api/v1/cities/tynda").then(), 400, "/problems/validation");
        problem(putCity("tynda", "null"), 400, "/problems/validation");
    }

    @Test
    void badQueryParametersAreNamed() {
        problem(given().queryParam("page", "first").get("/api/v1/cities").then(), 400, "/problems/validation")
                .body("errors[0].field", equalTo("page"));
        problem(given().queryParam("page", -1).get("/api/v1/cities").then(), 400, "/problems/validation")
                .body("errors[0].field", equalTo("page"));
        problem(given().queryParam("size", 0).get("/api/v1/metrics").then(), 400, "/problems/validation")
                .body("errors[0].field", equalTo("size"));
        problem(given().queryParam("kind", "RATIO").get("/api/v1/metrics").then(), 400, "/problems/validation")
                .body("errors[0].field", equalTo("kind"));
        problem(given().queryParam("sort", "name;drop table city").get("/api/v1/cities").then(), 400, "/problems/validation")
                .body("errors[0].field", equalTo("sort"));
    }

    @Test
    void aMalformedOrEmptyIfMatchNeverPassesForAnAbsentOne() {
        // found by ContractFuzzTest: an empty If-Match was taken for none, and the DELETE went through
        String slug = org.pressstats.support.TestData.createCity("ifmatch", "Город условий");
        String report = "/api/v1/cities/" + slug + "/reports/2023";
        org.pressstats.support.TestData.putReport(slug, 2023, org.pressstats.support.TestData.report("Есть",
                org.pressstats.support.TestData.figure("press_releases", 3)));
        for (String malformed : java.util.List.of("", " ", "abc", "\"unterminated", "*,*", "\"a\",,\"b\"", "W/")) {
            problem(given().header("If-Match", malformed).delete(report).then(), 400, "/problems/validation")
                    .body("errors[0].field", equalTo("If-Match"));
        }
        problem(given().header("If-Match", "W/\"x\", \"y\"").delete(report).then(), 412, "/problems/precondition-failed");
        String tag = given().get(report).then().statusCode(200).extract().header("ETag");
        problem(given().contentType(ContentType.JSON).header("If-None-Match", "W/" + tag)
                .body(org.pressstats.support.TestData.report("Другое", org.pressstats.support.TestData.figure("press_releases", 4)))
                .put(report).then(), 412, "/problems/precondition-failed");
        given().header("If-Match", "\"other\", " + tag).delete(report).then().statusCode(204);
    }

    @Test
    void textWithANulCharacterIsA400NamingWhereNotAFailedQuery() {
        // PostgreSQL cannot store or compare U+0000 in text; found by ContractFuzzTest as a 500
        problem(given().urlEncodingEnabled(false).get("/api/v1/reports?city=a%00b").then(), 400, "/problems/validation")
                .body("errors[0].field", equalTo("city"));
        problem(given().contentType(ContentType.JSON).body("{\"name\":\"Город\\u0000\",\"region\":\"Амурская область\"}")
                .put("/api/v1/cities/nul-city").then(), 400, "/problems/validation").body("errors[0].field", equalTo("name"));
        // a lone surrogate would reach the database as '?'
        problem(given().contentType(ContentType.JSON).body("{\"name\":\"Город\\uD800\",\"region\":\"Амурская область\"}")
                .put("/api/v1/cities/surrogate-city").then(), 400, "/problems/validation").body("errors[0].field", equalTo("name"));
    }

    @Test
    void aSemicolonInTheQueryStringIsPartOfTheValueNotASeparator() {
        // sent as is, not percent-encoded: a decoder that splits on ';' would use sort=name and drop the rest
        problem(given().urlEncodingEnabled(false).get("/api/v1/cities?sort=name;DROP%20TABLE%20city").then(), 400,
                "/problems/validation").body("errors[0].field", equalTo("sort"));
        problem(given().urlEncodingEnabled(false).get("/api/v1/stats/totals?metric=press_releases;year=2023").then(), 400,
                "/problems/validation").body("errors[0].field", equalTo("year"));
        given().urlEncodingEnabled(false).header("X-Request-Id", "semicolon-1").get("/api/v1/cities?size=5;").then()
                .statusCode(400).header("X-Request-Id", "semicolon-1");
    }

    @Test
    void rootRedirectsToSwaggerUiAndShowsABrowserItsLinks() {
        given().redirects().follow(false).get("/").then().statusCode(303).header("Location", containsString("/q/swagger-ui"));
        given().accept("text/html,application/xhtml+xml,*/*;q=0.8").get("/").then().statusCode(200)
                .contentType(containsString("text/html")).body(containsString("href=\"/dashboard\""), containsString("href=\"/q/swagger-ui\""));
        given().get("/q/swagger-ui/").then().statusCode(200);
    }
}
