package org.pressstats.audit;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.pressstats.support.Api;
import org.pressstats.support.TestData;
import org.pressstats.support.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** Every write endpoint against every kind of caller: the status, and that a refused write changed nothing. */
@QuarkusTest
class SecurityMatrixTest {

    enum CallerKind {
        NO_TOKEN(null), GARBAGE(Tokens::garbage), WRONG_SIGNATURE(Tokens::wrongSignature), EXPIRED(Tokens::expired),
        WRONG_ISSUER(Tokens::wrongIssuer), ALG_NONE(Tokens::algNone), READER(Tokens::reader),
        EDITOR_OF_ANOTHER_CITY(null), EDITOR_OF_THIS_CITY(null), ADMIN(Tokens::admin);

        final java.util.function.Supplier<String> token;

        CallerKind(java.util.function.Supplier<String> token) {
            this.token = token;
        }

        String tokenFor(String citySlug) {
            return switch (this) {
                case EDITOR_OF_ANOTHER_CITY -> Tokens.editor("some-other-city");
                case EDITOR_OF_THIS_CITY -> Tokens.editor(citySlug);
                default -> token == null ? null : token.get();
            };
        }

        boolean invalid() {
            return ordinal() <= ALG_NONE.ordinal();
        }
    }

    /** A fresh city (with a report, a metric) for each case, so that cases never see each other's writes. */
    record Fixture(String city, int year, String metric) {
    }

    /** One write endpoint: how to call it, where to look for its effect, who may call it. */
    record Endpoint(String name, boolean editorMay, int success, Function<Fixture, String> watched,
            java.util.function.BiFunction<RequestSpecification, Fixture, Response> call) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("POST /cities", false, 201, f -> "/api/v1/cities/" + f.city() + "-new",
                    (r, f) -> r.body(city(f.city() + "-new")).post("/api/v1/cities")),
            new Endpoint("PUT /cities/{slug}", false, 200, f -> "/api/v1/cities/" + f.city(),
                    (r, f) -> r.body(TestData.city("Переименованный")).put("/api/v1/cities/" + f.city())),
            new Endpoint("DELETE /cities/{slug}", false, 204, f -> "/api/v1/cities/" + f.city() + "-empty",
                    (r, f) -> r.delete("/api/v1/cities/" + f.city() + "-empty")),
            new Endpoint("POST /metrics", false, 201, f -> "/api/v1/metrics/" + f.metric() + "_new",
                    (r, f) -> r.body(metric(f.metric() + "_new")).post("/api/v1/metrics")),
            new Endpoint("PUT /metrics/{code}", false, 200, f -> "/api/v1/metrics/" + f.metric(),
                    (r, f) -> r.body(metric(null, "Изменённое описание")).put("/api/v1/metrics/" + f.metric())),
            new Endpoint("DELETE /metrics/{code}", false, 204, f -> "/api/v1/metrics/" + f.metric(),
                    (r, f) -> r.delete("/api/v1/metrics/" + f.metric())),
            new Endpoint("PUT /cities/{slug}/reports/{year}", true, 200, SecurityMatrixTest::reportPath,
                    (r, f) -> r.body(TestData.report("Новая редакция", TestData.figure("press_releases", 99)))
                            .put(reportPath(f))),
            new Endpoint("DELETE /cities/{slug}/reports/{year}", true, 204, SecurityMatrixTest::reportPath,
                    (r, f) -> r.delete(reportPath(f))),
            new Endpoint("POST …/history/{version}/restore", false, 200, SecurityMatrixTest::reportPath,
                    (r, f) -> r.post(reportPath(f) + "/history/1/restore")));

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (Endpoint endpoint : ENDPOINTS) {
            for (CallerKind caller : CallerKind.values()) {
                cases.add(Arguments.of(endpoint, caller));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("cases")
    void writeIsAllowedOnlyToTheRightCaller(Endpoint endpoint, CallerKind caller) {
        Fixture fixture = fixture();
        String watched = endpoint.watched().apply(fixture);
        String before = snapshot(watched);
        long changesBefore = changes();

        RequestSpecification request = RestAssured.given().contentType(ContentType.JSON).accept(ContentType.JSON);
        String token = caller.tokenFor(fixture.city());
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        Response response = endpoint.call().apply(request, fixture);

        boolean allowed = caller == CallerKind.ADMIN || (caller == CallerKind.EDITOR_OF_THIS_CITY && endpoint.editorMay());
        int expected = allowed ? endpoint.success() : caller.invalid() || caller == CallerKind.NO_TOKEN ? 401 : 403;
        response.then().statusCode(expected);
        if (allowed) {
            return;
        }
        response.then().contentType(startsWith("application/problem+json")).body("status", equalTo(expected));
        if (expected == 401) {
            response.then().header("WWW-Authenticate", startsWith("Bearer realm=\"press-stats\""));
        }
        assertEquals(before, snapshot(watched), "refused write changed " + watched);
        assertEquals(changesBefore, changes(), "refused write left a history entry");
    }

    private static Fixture fixture() {
        String city = TestData.createCity("sec", "Город доступа");
        Api.given().contentType(ContentType.JSON).body(TestData.city("Пустой город"))
                .put("/api/v1/cities/" + city + "-empty").then().statusCode(201);
        String metric = "sec_" + city.replace('-', '_');
        Api.given().contentType(ContentType.JSON).body(metric(null, "Описание")).put("/api/v1/metrics/" + metric)
                .then().statusCode(201);
        Fixture fixture = new Fixture(city, 2023, metric);
        TestData.putReport(city, 2023, TestData.report("Первая редакция", TestData.figure("press_releases", 10)));
        TestData.putReport(city, 2023, TestData.report("Вторая редакция", TestData.figure("press_releases", 20)));
        return fixture;
    }

    private static String reportPath(Fixture f) {
        return "/api/v1/cities/" + f.city() + "/reports/" + f.year();
    }

    /** Status and body of a GET, as an admin sees it. */
    private static String snapshot(String path) {
        Response response = Api.given().accept(ContentType.JSON).get(path);
        return response.statusCode() + " " + response.body().asString();
    }

    private static long changes() {
        return Api.given().get("/api/v1/audit?size=1").then().statusCode(200).extract().jsonPath().getLong("totalItems");
    }

    private static Map<String, Object> city(String slug) {
        Map<String, Object> city = TestData.city("Новый город");
        city.put("slug", slug);
        return city;
    }

    private static Map<String, Object> metric(String code) {
        return metric(code, "Описание");
    }

    private static Map<String, Object> metric(String code, String description) {
        Map<String, Object> metric = new LinkedHashMap<>();
        if (code != null) {
            metric.put("code", code);
        }
        metric.put("nameRu", "Проверочная метрика");
        metric.put("nameEn", "Test metric");
        metric.put("unit", "штук");
        metric.put("kind", "FLOW");
        metric.put("description", description);
        return metric;
    }
}
