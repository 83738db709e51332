package org.pressstats.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.pressstats.openapi.BadRequests.Operation;
import org.pressstats.openapi.BadRequests.Parameter;
import org.pressstats.openapi.BadRequests.Probe;
import org.pressstats.support.Tokens;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Every operation of the served contract attacked with generated invalid requests (BadRequests): each answer must be
 * a status the operation documents, never a 5xx, a 4xx must be problem+json with type, title and status, and no table
 * may change. Every kind of breakage is sent with and without a token; {@code -Dfuzz.seed=…} replays a run's order,
 * {@code -Dfuzz.count=…} adds random repeats up to that size (3 000 by default, fewer than the kinds).
 */
@QuarkusTest
class ContractFuzzTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @TestHTTPResource("/")
    URL base;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void noGeneratedBadRequestGetsA5xxAnUndocumentedStatusOrChangesAnything() throws Exception {
        long seed = Long.getLong("fuzz.seed", System.nanoTime());
        int count = Integer.getInteger("fuzz.count", 3000);
        System.out.println("ContractFuzzTest: seed " + seed + ", " + count + " requests (replay with -Dfuzz.seed=" + seed + ")");
        JsonNode contract = JSON.readTree(send("GET", "/q/openapi?format=json", Map.of("Accept", "application/json"), null).body());
        List<Operation> operations = operations(contract);
        assertTrue(operations.size() >= 30, "the contract has its operations: " + operations.size());
        String admin = Tokens.admin();
        Map<String, JsonNode> current = new HashMap<>();
        for (Operation op : operations) {
            if (op.method().equals("PUT")) {
                current.put(op.path(), JSON.readTree(send("GET", examplePath(op), Map.of("Accept", "application/json",
                        "Authorization", "Bearer " + admin), null).body()));
            }
        }
        List<Probe> probes = new BadRequests(seed, admin, current).generate(operations, count);
        assertTrue(probes.size() >= count, "generated " + probes.size());

        Map<String, String> before = fingerprint();
        Map<String, Set<Integer>> seen = new TreeMap<>();
        int sent = 0;
        for (Probe probe : probes) {
            Operation op = operationOf(operations, probe);
            Answer answer;
            try {
                answer = send(probe.method(), probe.target(), probe.headers(), probe.body());
            } catch (IllegalArgumentException unsendable) {
                continue; // a header or URI the HTTP client itself refuses to send (NUL, CR LF)
            }
            sent++;
            seen.computeIfAbsent(op.name(), k -> new java.util.TreeSet<>()).add(answer.statusCode());
            check(op, probe, answer, seed);
        }
        System.out.println("ContractFuzzTest: " + sent + " sent; statuses per operation: " + seen);
        assertTrue(sent >= count, "sent " + sent + " of " + probes.size());
        Map<String, String> after = fingerprint();
        assertEquals(before, after, "a generated invalid request changed the data (seed " + seed + ")");
    }

    private static void check(Operation op, Probe probe, Answer answer, long seed) {
        int status = answer.statusCode();
        String where = " — seed " + seed + ", " + probe + "\nanswer " + status + ": "
                + new String(answer.body(), 0, Math.min(answer.body().length, 500), java.nio.charset.StandardCharsets.UTF_8);
        if (status >= 500) {
            fail("a 5xx" + where);
        }
        if (!op.statuses().contains(Integer.toString(status))) {
            fail(op.name() + " answered " + status + ", which its contract does not document " + op.statuses() + where);
        }
        if (status >= 400) {
            String type = answer.contentType();
            if (!type.startsWith("application/problem+json")) {
                fail("a " + status + " that is not problem+json (" + type + ")" + where);
            }
            try {
                JsonNode problem = JSON.readTree(answer.body());
                if (!problem.path("type").isTextual() || !problem.path("title").isTextual() || problem.path("status").asInt() != status) {
                    fail("a problem without type, title and its status" + where);
                }
            } catch (java.io.IOException e) {
                fail("a problem body that is not JSON" + where);
            }
        }
    }

    /** What a request got: status, Content-Type and body (empty for a change stream that opened). */
    private record Answer(int statusCode, String contentType, byte[] body) {
    }

    private Answer send(String method, String target, Map<String, String> headers, byte[] body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + target))
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        HttpResponse<InputStream> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        String type = response.headers().firstValue("Content-Type").orElse("");
        try (InputStream in = response.body()) {
            // a change stream that opened stays open: its status and headers are the answer
            return new Answer(response.statusCode(), type, type.startsWith("text/event-stream") ? new byte[0] : in.readAllBytes());
        }
    }

    /** Every table, history and audit included: rows and a digest of their contents. */
    private Map<String, String> fingerprint() throws SQLException {
        Map<String, String> tables = new TreeMap<>();
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            List<String> names = new ArrayList<>();
            try (ResultSet rs = sql.executeQuery("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            for (String name : names) {
                try (ResultSet rs = sql.executeQuery("SELECT count(*), md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) FROM \""
                        + name + "\" t")) {
                    rs.next();
                    tables.put(name, rs.getLong(1) + " rows, md5 " + rs.getString(2));
                }
            }
        }
        return tables;
    }

    private static List<Operation> operations(JsonNode contract) {
        List<Operation> operations = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> paths = contract.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields();
            while (methods.hasNext()) {
                Map.Entry<String, JsonNode> method = methods.next();
                if (!Set.of("get", "put", "post", "delete", "patch").contains(method.getKey()) || !path.getKey().startsWith("/api/")) {
                    continue;
                }
                JsonNode op = method.getValue();
                List<Parameter> parameters = new ArrayList<>();
                op.path("parameters").forEach(p -> {
                    JsonNode param = resolve(contract, p);
                    JsonNode example = param.has("example") ? param.get("example") : param.path("schema").get("example");
                    parameters.add(new Parameter(param.path("name").asText(), param.path("in").asText(), resolve(contract, param.path("schema")),
                            param.path("required").asBoolean(false), example == null ? defaultExample(param.path("name").asText()) : example.asText()));
                });
                Set<String> bodyTypes = new LinkedHashSet<>();
                JsonNode content = resolve(contract, op.path("requestBody")).path("content");
                content.fieldNames().forEachRemaining(bodyTypes::add);
                JsonNode bodySchema = resolve(contract, content.path("application/json").path("schema"));
                Set<String> statuses = new LinkedHashSet<>();
                op.path("responses").fieldNames().forEachRemaining(statuses::add);
                boolean secured = op.has("security") && op.path("security").size() > 0;
                operations.add(new Operation(method.getKey().toUpperCase(), path.getKey(), parameters, bodyTypes, bodySchema, statuses, secured));
            }
        }
        return operations;
    }

    private static String defaultExample(String name) {
        return switch (name) {
            case "slug", "city" -> "bratsk";
            case "year" -> "2023";
            case "from" -> "2022";
            case "to" -> "2023";
            case "metric" -> "press_releases";
            case "by" -> "owner";
            default -> "1";
        };
    }

    private static JsonNode resolve(JsonNode contract, JsonNode node) {
        JsonNode resolved = node;
        while (resolved.has("$ref")) {
            String[] parts = resolved.get("$ref").asText().substring(2).split("/");
            JsonNode target = contract;
            for (String part : parts) {
                target = target.path(part);
            }
            resolved = target;
        }
        return resolved;
    }

    private static String examplePath(Operation op) {
        String path = op.path();
        for (Parameter p : op.parameters()) {
            if (p.in().equals("path")) {
                path = path.replace("{" + p.name() + "}", BadRequests.encode(p.example()));
            }
        }
        return path;
    }

    private static Operation operationOf(List<Operation> operations, Probe probe) {
        return operations.stream().filter(op -> probe.what().startsWith(op.name() + " ")).findFirst().orElseThrow();
    }
}
