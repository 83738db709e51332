package org.pressstats.openapi;

import static org.pressstats.support.Api.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import io.quarkus.test.junit.QuarkusTest;

/** The committed contract is what the service serves, every operation is documented, and the README's table agrees. */
@QuarkusTest
class OpenApiContractTest {

    private static final Path COMMITTED = Path.of("openapi/openapi.yaml");
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    @Test
    void committedContractEqualsTheServedOne() throws Exception {
        String served = given().queryParam("format", "yaml").get("/q/openapi").then().statusCode(200).extract().asString();
        String committed = Files.exists(COMMITTED) ? Files.readString(COMMITTED, StandardCharsets.UTF_8) : "";
        if (!served.equals(committed)) {
            Path fresh = Path.of("target/openapi.yaml");
            Files.writeString(fresh, served, StandardCharsets.UTF_8);
            fail("openapi/openapi.yaml differs from what the service serves at /q/openapi. If the change is intended, "
                    + "regenerate it: cp target/openapi.yaml openapi/openapi.yaml (written by this test), and commit it.");
        }
    }

    @Test
    void everyOperationHasSummaryDescriptionTagAndErrorResponses() throws Exception {
        Map<String, Object> api = contract();
        Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) api.get("paths");
        for (var path : paths.entrySet()) {
            for (var op : path.getValue().entrySet()) {
                if (!METHODS.contains(op.getKey())) {
                    continue;
                }
                Map<String, Object> operation = (Map<String, Object>) op.getValue();
                String where = op.getKey().toUpperCase() + " " + path.getKey();
                assertTrue(operation.get("summary") instanceof String, where + " has no summary");
                assertTrue(operation.get("description") instanceof String, where + " has no description");
                assertTrue(operation.get("tags") != null, where + " has no tag");
                Map<String, Object> responses = (Map<String, Object>) operation.get("responses");
                boolean hasError = responses.keySet().stream().anyMatch(code -> code.startsWith("4"));
                if (path.getKey().startsWith("/api/v1/")) {
                    assertTrue(responses.containsKey("406"), where + " does not document 406 for an Accept it cannot serve");
                    assertTrue(responses.containsKey("401"), where + " does not document 401 (a token it needs, or reads that need one)");
                    assertTrue(hasError, where + " documents no 4xx response");
                }
            }
        }
    }

    @Test
    void readmeEndpointTableMatchesTheContract() throws Exception {
        Set<String> documented = new TreeSet<>();
        Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) contract().get("paths");
        paths.forEach((path, ops) -> ops.keySet().stream().filter(METHODS::contains)
                .forEach(method -> documented.add(method.toUpperCase() + " " + path)));
        Set<String> inReadme = new TreeSet<>();
        Matcher row = java.util.regex.Pattern.compile("(?m)^\\| `(/api/v1/[^`]*)` \\| (GET|PUT|POST|DELETE|PATCH) \\|")
                .matcher(Files.readString(Path.of("README.md"), StandardCharsets.UTF_8));
        while (row.find()) {
            inReadme.add(row.group(2) + " " + row.group(1));
        }
        assertEquals(documented, inReadme, "README.md's endpoint table and openapi/openapi.yaml list different operations");
    }

    private static Map<String, Object> contract() throws Exception {
        return new ObjectMapper(new YAMLFactory()).readValue(COMMITTED.toFile(), Map.class);
    }
}
