package org.pressstats.audit;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.pressstats.support.TestData;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;

/** CORS for dashboards, and the documented way to get a dev token. */
@QuarkusTest
class AccessSettingsTest {

    @Test
    void aConfiguredDashboardOriginMayCallFromTheBrowser() {
        RestAssured.given().header("Origin", "https://dashboard.example.org")
                .header("Access-Control-Request-Method", "GET")
                .options("/api/v1/stats/totals").then()
                .header("Access-Control-Allow-Origin", equalTo("https://dashboard.example.org"));
        RestAssured.given().header("Origin", "https://dashboard.example.org").get("/api/v1/cities").then()
                .statusCode(200).header("Access-Control-Allow-Origin", equalTo("https://dashboard.example.org"));
    }

    @Test
    void anyOtherOriginIsNotAllowed() {
        RestAssured.given().header("Origin", "https://evil.example.org")
                .header("Access-Control-Request-Method", "PUT")
                .options("/api/v1/cities/bratsk").then()
                .header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void theDevTokenScriptMintsTokensTheServiceAccepts() throws IOException, InterruptedException {
        String slug = TestData.createCity("devtok", "Город скрипта");
        String editor = run("editor", slug);
        RestAssured.given().auth().oauth2(editor).contentType(ContentType.JSON)
                .body(TestData.report("Из скрипта", TestData.figure("press_releases", 3)))
                .put("/api/v1/cities/" + slug + "/reports/2023").then().statusCode(201);
        RestAssured.given().auth().oauth2(editor).contentType(ContentType.JSON).body(TestData.city("Другое имя"))
                .put("/api/v1/cities/" + slug).then().statusCode(403);
        RestAssured.given().auth().oauth2(run("admin")).contentType(ContentType.JSON).body(TestData.city("Другое имя"))
                .put("/api/v1/cities/" + slug).then().statusCode(200);
        RestAssured.given().auth().oauth2(run("admin")).get("/api/v1/cities/" + slug + "/reports/2023/history")
                .then().statusCode(200).body("items[0].actor", equalTo("editor-dev"));
    }

    private static String run(String... args) throws IOException, InterruptedException {
        String[] command = new String[args.length + 2];
        command[0] = "bash";
        command[1] = "scripts/dev-token.sh";
        System.arraycopy(args, 0, command, 2, args.length);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("dev-token.sh failed: " + new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        }
        return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    }
}
