package org.pressstats.audit;

import static org.hamcrest.Matchers.containsString;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.pressstats.support.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;

/** With press-stats.auth.reads-require-token=true every read needs a valid token of any role. */
@QuarkusTest
@TestProfile(ReadsRequireTokenTest.ReadsNeedToken.class)
class ReadsRequireTokenTest {

    public static class ReadsNeedToken implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("press-stats.auth.reads-require-token", "true");
        }
    }

    @Test
    void readsWithoutAValidTokenAreRefused() {
        for (String path : new String[] { "/api/v1/cities", "/api/v1/cities/bratsk/reports/2023",
                "/api/v1/stats/totals?metric=press_releases&year=2023" }) {
            RestAssured.given().get(path).then().statusCode(401).contentType("application/problem+json")
                    .header("WWW-Authenticate", containsString("Bearer"));
            RestAssured.given().auth().oauth2(Tokens.expired()).get(path).then().statusCode(401);
            RestAssured.given().auth().oauth2(Tokens.reader()).get(path).then().statusCode(200);
        }
    }

    @Test
    void healthAndTheContractStayOpen() {
        RestAssured.given().get("/q/health/ready").then().statusCode(200);
        RestAssured.given().get("/q/openapi").then().statusCode(200);
    }
}
