package org.pressstats.openapi;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Requests that break one operation of the contract in one way each: a parameter, the body or a header the
 * operation reads. Everything else is as valid as the contract's examples make it, so that the broken part is what
 * the service has to notice; a PUT's body is the resource as it is, so that only the broken part could change it.
 */
final class BadRequests {

    /** One operation of the contract, with what the generator needs of it. */
    record Operation(String method, String path, List<Parameter> parameters, Set<String> bodyTypes, JsonNode bodySchema,
            Set<String> statuses, boolean secured) {
        String name() {
            return method + " " + path;
        }
    }

    record Parameter(String name, String in, JsonNode schema, boolean required, String example) {
    }

    /** A request to send: path with its query string (already encoded), headers, body. */
    record Probe(String what, String method, String target, Map<String, String> headers, byte[] body) {
        @Override
        public String toString() {
            String shown = body == null ? "" : new String(body, 0, Math.min(body.length, 300), StandardCharsets.UTF_8);
            return what + ": " + method + " " + (target.length() > 300 ? target.substring(0, 300) + "…" : target) + " " + headers
                    + (body == null ? "" : " body(" + body.length + " bytes): " + shown);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String LONG = "x".repeat(10_000);
    // values that are wrong for almost any parameter: types, ranges, Unicode edges, injections, URL tricks
    private static final List<String> NASTY = List.of("", " ", "abc", "-1", "0", "-2147483649", "99999999999999999999",
            "1e999", "NaN", "Infinity", "1.5", "0x1F", "true", "null", "[]", "{}", "\u0000", "a\u0000b", "\uD83D\uDE00",
            "\u200F\u202Eabc", "e\u0301\u0301\u0301", "'; DROP TABLE city; --", "\" OR 1=1 --", "<script>alert(1)</script>",
            "${jndi:ldap://x/a}", "../../etc/passwd", "%", "%%", "%00", "%2F", "%3B", "a;b", "a&b=c", "a#b", "a=b", "\r\nX-Injected: 1",
            "ЁЖЗ", "\t", LONG);
    private static final List<String> BAD_TAGS = List.of("", "\"", "W/", "abc", "\"unterminated", "W/\"x\"garbage", "*,*", "\u0000",
            "\"a\",,\"b\"", LONG);
    private static final List<String> BAD_AUTHORIZATIONS = List.of("Bearer", "Bearer ", "Bearer a.b.c", "Basic dXNlcjpwYXNz",
            "bearer " + "x".repeat(5000), "Token abc", "Bearer eyJhbGciOiJub25lIn0.e30.", "\u0000", "Bearer 🙂");

    private final Random random;
    private final String adminToken;
    private final Map<String, JsonNode> current; // path -> the resource as GET gives it, for PUTs that change nothing

    BadRequests(long seed, String adminToken, Map<String, JsonNode> current) {
        this.random = new Random(seed);
        this.adminToken = adminToken;
        this.current = current;
    }

    /**
     * Every kind of breakage of every operation, once without a token and once with the admin token (so that a
     * failure does not depend on the seed), then random ones of them up to count; in an order the seed decides.
     */
    List<Probe> generate(List<Operation> operations, int count) {
        List<Probe> all = new ArrayList<>();
        for (Operation operation : operations) {
            for (Probe candidate : candidates(operation)) {
                all.add(candidate);
                if (!candidate.headers().containsKey("Authorization")) {
                    all.add(withToken(candidate));
                }
            }
        }
        int kinds = all.size();
        while (all.size() < count) {
            Probe pick = all.get(random.nextInt(kinds));
            all.add(pick);
        }
        java.util.Collections.shuffle(all, random);
        return all;
    }

    private Probe withToken(Probe p) {
        Probe admin = withHeader(p, "Authorization", "Bearer " + adminToken);
        return new Probe(p.what().replace(" (no token)", " (admin)"), admin.method(), admin.target(), admin.headers(), admin.body());
    }

    private List<Probe> candidates(Operation op) {
        List<Probe> probes = new ArrayList<>();
        for (Parameter p : op.parameters()) {
            if (p.in().equals("path")) {
                for (String value : NASTY) {
                    if (!value.isEmpty() && !value.equals(p.example())) {
                        probes.add(probe(op, "path " + p.name() + "=" + brief(value), Map.of(p.name(), encode(value)), Map.of(), null));
                    }
                }
            } else if (p.in().equals("query")) {
                for (String value : queryValues(p)) {
                    probes.add(probe(op, "query " + p.name() + "=" + brief(value), Map.of(), Map.of(p.name(), List.of(value)), null));
                }
                if (!isArray(p.schema())) {
                    String a = p.example() != null ? p.example() : "1";
                    probes.add(probe(op, "query " + p.name() + " repeated", Map.of(), Map.of(p.name(), List.of(encode(a), encode("zzz"))), null));
                }
            }
        }
        for (String tag : BAD_TAGS) {
            String header = op.method().equals("GET") ? "If-None-Match" : "If-Match";
            if (!op.method().equals("POST") || op.path().endsWith("/restore")) {
                probes.add(withHeader(probe(op, header + "=" + brief(tag), Map.of(), Map.of(), null), header, tag));
            }
        }
        for (String authorization : BAD_AUTHORIZATIONS) {
            probes.add(withHeader(probe(op, "Authorization=" + brief(authorization), Map.of(), Map.of(), null), "Authorization", authorization));
        }
        if (!op.bodyTypes().isEmpty()) {
            probes.addAll(badBodies(op));
        }
        return probes;
    }

    /** Wrong for the parameter's schema: its enum, type and range, or plainly nasty. */
    private List<String> queryValues(Parameter p) {
        List<String> values = new ArrayList<>();
        JsonNode schema = p.schema() == null ? JsonNodeFactory.instance.objectNode() : p.schema();
        String type = schema.path("type").asText(schema.path("items").path("type").asText(""));
        boolean free = type.equals("string") && !schema.has("enum") && !schema.path("items").has("enum") && !schema.has("pattern")
                && !schema.has("format");
        for (String value : NASTY) {
            // a free-text parameter (a search, an actor) takes any text, so only what no text can be is wrong there
            if (!free || value.length() >= 10_000 || value.contains("\u0000") || value.contains("%")) {
                values.add(encode(value));
            }
        }
        values.add("a;b"); // sent raw: must reach the service as one value
        values.add("%25zz"); // a '%' that starts no escape, as the decoder hands it on
        values.add("%C0%AE"); // an overlong UTF-8 encoding
        values.add("%ED%A0%80"); // a lone surrogate in UTF-8
        return values;
    }

    private List<Probe> badBodies(Operation op) {
        List<Probe> probes = new ArrayList<>();
        boolean json = op.bodyTypes().contains("application/json");
        String type = json ? "application/json" : op.bodyTypes().iterator().next();
        probes.add(withBody(op, "not JSON", type, "{\"name\": ".getBytes(StandardCharsets.UTF_8)));
        probes.add(withBody(op, "not JSON at all", type, "<xml>1</xml>\u0000".getBytes(StandardCharsets.UTF_8)));
        probes.add(withBody(op, "deep nesting", type, ("[".repeat(1000) + "]".repeat(1000)).getBytes(StandardCharsets.UTF_8)));
        probes.add(withBody(op, "wrong content type", "application/xml", "<a/>".getBytes(StandardCharsets.UTF_8)));
        probes.add(withBody(op, "wrong content type", json ? "text/plain" : "application/json", "{}".getBytes(StandardCharsets.UTF_8)));
        probes.add(withBody(op, "invalid UTF-8", type, new byte[] { (byte) 0xC3, (byte) 0x28, (byte) 0xFF, '{', '}' }));
        if (!json) {
            return probes;
        }
        for (String root : List.of("[]", "\"text\"", "42", "null", "true", "{\"unexpected\": 1}")) {
            probes.add(withBody(op, "root " + root, type, root.getBytes(StandardCharsets.UTF_8)));
        }
        JsonNode base = current.get(op.path());
        if (base == null || !base.isObject()) {
            base = JsonNodeFactory.instance.objectNode();
        }
        ObjectNode valid = (ObjectNode) base;
        List<String> required = new ArrayList<>();
        op.bodySchema().path("required").forEach(n -> required.add(n.asText()));
        Iterator<Map.Entry<String, JsonNode>> properties = op.bodySchema().path("properties").fields();
        while (properties.hasNext()) {
            Map.Entry<String, JsonNode> property = properties.next();
            String name = property.getKey();
            JsonNode schema = property.getValue();
            if (schema.path("readOnly").asBoolean(false)) {
                continue; // ignored on input by design
            }
            boolean container = schema.path("type").asText().equals("array") || schema.path("type").asText().equals("object");
            ObjectNode wrongType = valid.deepCopy();
            if (container) {
                wrongType.put(name, "not a " + schema.path("type").asText());
            } else {
                wrongType.set(name, JsonNodeFactory.instance.objectNode().put("nested", 1));
            }
            probes.add(withJson(op, "property " + name + " of the wrong type", wrongType));
            ObjectNode array = valid.deepCopy();
            array.set(name, JsonNodeFactory.instance.arrayNode().add(1).add("two"));
            if (!container) {
                probes.add(withJson(op, "property " + name + " an array", array));
            }
            if (required.contains(name)) {
                ObjectNode nulled = valid.deepCopy();
                nulled.putNull(name);
                probes.add(withJson(op, "required " + name + " null", nulled));
                ObjectNode missing = valid.deepCopy();
                missing.remove(name);
                probes.add(withJson(op, "required " + name + " missing", missing));
            }
            String kind = schema.path("type").asText();
            if (kind.equals("integer") || kind.equals("number")) {
                for (String huge : List.of("1e999", "123456789012345678901234567890", "-1e400")) {
                    probes.add(withBody(op, "property " + name + "=" + huge, "application/json", replaceValue(valid, name, huge)));
                }
            }
            if (kind.equals("string")) {
                for (String escaped : List.of("\\u0000", "\\uD800", "\\uDC00x")) { // JSON escapes: NUL, lone surrogates
                    probes.add(withBody(op, "property " + name + " with " + escaped, "application/json",
                            replaceValue(valid, name, "\"Текст" + escaped + "\"")));
                }
            }
            if (kind.equals("string") && schema.has("maxLength")) {
                ObjectNode tooLong = valid.deepCopy();
                tooLong.put(name, "я".repeat(schema.path("maxLength").asInt() + 1));
                probes.add(withJson(op, "property " + name + " longer than maxLength", tooLong));
            }
        }
        ObjectNode unknown = valid.deepCopy();
        unknown.put("unexpected_" + random.nextInt(1000), "x");
        probes.add(withJson(op, "unknown property", unknown));
        if (valid.size() > 0) {
            String first = valid.fieldNames().next();
            String text = valid.toString();
            String duplicate = "{\"" + first + "\":" + JSON.valueToTree("duplicate " + random.nextInt(1000)) + "," + text.substring(1);
            probes.add(withBody(op, "duplicate key " + first, "application/json", duplicate.getBytes(StandardCharsets.UTF_8)));
        }
        probes.add(withBody(op, "not UTF-8 (declared)", "application/json; charset=UTF-16",
                "{\"x\":1}".getBytes(StandardCharsets.UTF_8)));
        return probes;
    }

    private static byte[] replaceValue(ObjectNode valid, String name, String rawNumber) {
        ObjectNode copy = valid.deepCopy();
        copy.put(name, "__RAW__");
        return copy.toString().replace("\"__RAW__\"", rawNumber).getBytes(StandardCharsets.UTF_8);
    }

    private Probe withJson(Operation op, String what, JsonNode body) {
        return withBody(op, what, "application/json", body.toString().getBytes(StandardCharsets.UTF_8));
    }

    private Probe withBody(Operation op, String what, String contentType, byte[] body) {
        Probe p = probe(op, what, Map.of(), Map.of(), body);
        return withHeader(p, "Content-Type", contentType);
    }

    private static Probe withHeader(Probe p, String name, String value) {
        Map<String, String> headers = new LinkedHashMap<>(p.headers());
        headers.put(name, value);
        return new Probe(p.what(), p.method(), p.target(), headers, p.body());
    }

    /** The operation with its examples, these path values and query parameters replaced, with or without a token. */
    private Probe probe(Operation op, String what, Map<String, String> pathValues, Map<String, List<String>> query, byte[] body) {
        String path = op.path();
        StringBuilder q = new StringBuilder();
        for (Parameter p : op.parameters()) {
            if (p.in().equals("path")) {
                path = path.replace("{" + p.name() + "}", pathValues.getOrDefault(p.name(), encode(p.example())));
            } else if (p.in().equals("query") && !query.containsKey(p.name()) && p.required()) {
                q.append(q.isEmpty() ? "" : "&").append(p.name()).append('=').append(encode(p.example()));
            }
        }
        for (Map.Entry<String, List<String>> e : query.entrySet()) {
            for (String value : e.getValue()) {
                q.append(q.isEmpty() ? "" : "&").append(e.getKey()).append('=').append(value);
            }
        }
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Accept", op.path().equals("/api/v1/changes") ? "text/event-stream" : "*/*");
        return new Probe(op.name() + " " + what + " (no token)", op.method(), path + (q.isEmpty() ? "" : "?" + q), headers, body);
    }

    private static boolean isArray(JsonNode schema) {
        return schema != null && schema.path("type").asText().equals("array");
    }

    static String encode(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String brief(String value) {
        return value.length() > 20 ? value.substring(0, 20) + "…(" + value.length() + ")" : value;
    }
}
