package org.pressstats.dashboard;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The page and everything it loads come from the service itself (the browser test is DashboardIT). */
@QuarkusTest
class DashboardResourceTest {

    @Test
    void thePageLoadsOnlyScriptsTheServiceServes() {
        String page = given().get("/dashboard?metric=press_releases&year=2023").then().statusCode(200)
                .contentType(containsString("text/html")).body(not(containsString("http"))).extract().asString();
        for (String asset : java.util.List.of("/webjars/echarts/5.3.1/dist/echarts.min.js", "/assets/dashboard.js", "/assets/dashboard.css")) {
            org.junit.jupiter.api.Assertions.assertTrue(page.contains("\"" + asset + "\""), asset);
            given().get(asset).then().statusCode(200);
        }
    }

    @Test
    void theDashboardIsNotPartOfTheApiContract() {
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).body(not(containsString("/dashboard")));
    }
}
