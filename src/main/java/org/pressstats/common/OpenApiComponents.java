package org.pressstats.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Adds to the contract what annotations cannot say once: examples read from the sample data, the
 * page schemas, and one reusable response per problem type.
 */
public class OpenApiComponents implements OASFilter {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        Components components = openAPI.getComponents();
        Map<String, Object> bratsk = sample("cities/bratsk.json");
        Map<String, Object> blagoveshchensk = sample("cities/blagoveshchensk.json");
        Map<String, Object> bratskReport = sample("reports/bratsk-2023.json");
        Map<String, Object> subscribers = subscribersMetric();
        example(components, "city-bratsk", "Bratsk, from the sample data", bratsk);
        example(components, "report-bratsk-2023", "Bratsk 2023, from the sample data", bratskReport);
        example(components, "metric-subscribers", "A metric of the seeded catalog", subscribers);
        example(components, "city-page", "Both sample cities", page(List.of(blagoveshchensk, bratsk)));
        example(components, "report-page", "The Bratsk sample report", page(List.of(bratskReport)));
        example(components, "metric-page", "A page of one metric", page(List.of(subscribers)));
        example(components, "change-bratsk-2023", "The creation of the Bratsk 2023 sample report", change(bratskReport, true));
        example(components, "change-page", "The history of the Bratsk 2023 sample report", page(List.of(change(bratskReport, false))));
        statsExamples(components);
        pageSchema(components, "CityPage", "City");
        pageSchema(components, "ReportPage", "Report");
        pageSchema(components, "MetricPage", "Metric");
        pageSchema(components, "ChangeSummaryPage", "ChangeSummary");
        problem(components, "BadRequest", ProblemType.VALIDATION,
                "The request is not of the documented shape: malformed JSON, an unknown property, a wrong type, "
                        + "a value out of range, a bad parameter, or a body that names another resource than the path",
                "/api/v1/cities/bratsk/reports/2023", "figures[0].value: must be less than or equal to 10000000000000",
                List.of(fieldError("figures[0].value", "must be less than or equal to 10000000000000")));
        problem(components, "Unauthorized", ProblemType.UNAUTHORIZED,
                "No bearer token, or one that is malformed, expired, unsigned, not signed by the configured key or "
                        + "not from the configured issuer; `WWW-Authenticate` says which. Nothing was changed",
                "/api/v1/cities/bratsk/reports/2023", "this operation needs a bearer token (Authorization: Bearer …)", List.of());
        problem(components, "Forbidden", ProblemType.FORBIDDEN,
                "A valid token without the role this operation needs, or an editor token for another city. Nothing was changed",
                "/api/v1/cities/bratsk/reports/2023",
                "this token may not change reports of city 'bratsk'; it may change reports of cities blagoveshchensk", List.of());
        securedOperations(openAPI);
        problem(components, "NotFound", ProblemType.NOT_FOUND, "No such resource",
                "/api/v1/cities/tynda", "no city with slug 'tynda'", List.of());
        problem(components, "Conflict", ProblemType.CONFLICT,
                "The request conflicts with the stored data (a key that exists, a resource still in use)",
                "/api/v1/cities/bratsk", "city 'bratsk' has 1 report(s); delete them first", List.of());
        problem(components, "PreconditionFailed", ProblemType.PRECONDITION_FAILED,
                "`If-Match` does not match the current `ETag` (or `If-None-Match: *` and the resource exists); nothing was changed",
                "/api/v1/cities/bratsk/reports/2023", "If-Match \"m3c7k2-1\" does not match the current ETag \"m3c7k2-2\"", List.of());
        problem(components, "PayloadTooLarge", ProblemType.PAYLOAD_TOO_LARGE, "The body is larger than 1 MiB",
                "/api/v1/cities/bratsk/reports/2023", "the request body is larger than 1048576 bytes", List.of());
        problem(components, "UnsupportedMediaType", ProblemType.UNSUPPORTED_MEDIA_TYPE, "The body is not application/json",
                "/api/v1/cities/bratsk", "send the body as application/json", List.of());
        problem(components, "Unprocessable", ProblemType.UNPROCESSABLE,
                "Well-formed, but breaks a rule of the domain: a metric outside the catalog, two figures at the same "
                        + "(metric, owner, platform), a baseline where none belongs or none where one is required",
                "/api/v1/cities/bratsk/reports/2023",
                "figures[3]: duplicates figures[2]: both give metric subscribers, owner MAYOR, platform VK; a report has one figure per metric, owner and platform",
                List.of(fieldError("figures[3]",
                        "duplicates figures[2]: both give metric subscribers, owner MAYOR, platform VK; a report has one figure per metric, owner and platform")));
    }

    /** Operations with a role requirement answer 401 and 403 as problems, and say which roles they need. */
    private static void securedOperations(OpenAPI openAPI) {
        if (openAPI.getComponents().getSecuritySchemes() != null && openAPI.getComponents().getSecuritySchemes().containsKey("bearer")) {
            openAPI.getComponents().getSecuritySchemes().get("bearer").setDescription("A JWT from the configured OIDC "
                    + "provider. Roles in the `groups` claim: `admin` (everything), `editor` (reports of the cities "
                    + "in the `cities` claim, an array of slugs). Dev mode: `scripts/dev-token.sh admin` or "
                    + "`scripts/dev-token.sh editor bratsk`.");
        }
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation -> {
            if (operation.getSecurity() == null || operation.getSecurity().isEmpty() || operation.getResponses() == null) {
                return;
            }
            operation.getResponses().addAPIResponse("401", OASFactory.createAPIResponse().ref("Unauthorized"));
            operation.getResponses().addAPIResponse("403", OASFactory.createAPIResponse().ref("Forbidden"));
        }));
    }

    /** Ordered, so that the served contract is the same on every start. */
    private static Map<String, String> fieldError(String field, String message) {
        Map<String, String> error = new LinkedHashMap<>();
        error.put("field", field);
        error.put("message", message);
        return error;
    }

    private static void example(Components components, String name, String summary, Object value) {
        components.addExample(name, OASFactory.createExample().summary(summary).value(value));
    }

    /** The history entry the sample data leaves: the report created by the service at start. */
    private static Map<String, Object> change(Map<String, Object> report, boolean whole) {
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("id", 4);
        change.put("entity", "REPORT");
        change.put("key", report.get("city") + "/" + report.get("year"));
        change.put("version", 1);
        change.put("action", "CREATE");
        change.put("actor", Caller.SYSTEM);
        change.put("at", "2026-11-22T04:00:00Z");
        if (whole) {
            change.put("before", null);
            change.put("after", report);
        }
        return change;
    }

    private static Map<String, Object> page(List<Map<String, Object>> items) {
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("items", items);
        page.put("page", 0);
        page.put("size", 20);
        page.put("totalItems", items.size());
        page.put("totalPages", 1);
        return page;
    }

    private static void pageSchema(Components components, String name, String item) {
        Schema integer = OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER));
        components.addSchema(name, OASFactory.createSchema()
                .type(List.of(Schema.SchemaType.OBJECT))
                .description("A page of " + item + " items; the `Link` header has first, prev, next and last")
                .addProperty("items", OASFactory.createSchema().type(List.of(Schema.SchemaType.ARRAY))
                        .items(OASFactory.createSchema().ref(item)))
                .addProperty("page", integer.description("Page number, from 0"))
                .addProperty("size", OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)).description("Page size"))
                .addProperty("totalItems", OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)).format("int64")
                        .description("Items over all pages"))
                .addProperty("totalPages", OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)).description("Number of pages"))
                .required(List.of("items", "page", "size", "totalItems", "totalPages")));
    }

    private static void problem(Components components, String name, ProblemType type, String description,
            String instance, String detail, List<Map<String, String>> errors) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type.uri.toString());
        body.put("title", type.title);
        body.put("status", type.status);
        body.put("detail", detail);
        body.put("instance", instance);
        if (!errors.isEmpty()) {
            body.put("errors", errors);
        }
        components.addResponse(name, OASFactory.createAPIResponse()
                .description(description + " (problem type `" + type.uri + "`)")
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().ref("Problem"))
                        .addExample(name, OASFactory.createExample().value(body)))));
    }

    /** Answers the service gives on the sample data (checked by StatsResourceTest). */
    private static void statsExamples(Components components) {
        String subscribers = "{\"code\":\"subscribers\",\"nameRu\":\"Подписчики\",\"nameEn\":\"Subscribers\",\"unit\":\"подписчиков\",\"kind\":\"STOCK\"}";
        String pressReleases = "{\"code\":\"press_releases\",\"nameRu\":\"Пресс-релизы\",\"nameEn\":\"Press releases\",\"unit\":\"шт.\",\"kind\":\"FLOW\"}";
        String bratsk = "{\"slug\":\"bratsk\",\"name\":\"Братск\"}";
        String blag = "{\"slug\":\"blagoveshchensk\",\"name\":\"Благовещенск\"}";
        example(components, "stats-totals", "Subscribers in 2023: Bratsk's seven accounts plus Blagoveshchensk's reported total",
                json("{\"metric\":" + subscribers + ",\"year\":2023,\"sum\":" + q("60716", "AT_LEAST")
                        + ",\"citiesReporting\":" + q("2", "EXACT") + ",\"citiesFiled\":" + q("2", "EXACT")
                        + ",\"min\":" + q("25000", "AT_LEAST") + ",\"max\":" + q("35716", "AT_LEAST")
                        + ",\"mean\":" + q("30358", "AT_LEAST") + ",\"median\":" + q("30358", "AT_LEAST") + "}"));
        example(components, "stats-series", "Press releases, all cities",
                json("{\"metric\":" + pressReleases + ",\"from\":2022,\"to\":2023,\"points\":[{\"year\":2022,\"citiesReporting\":"
                        + q("0", "EXACT") + ",\"note\":\"no data\"},{\"year\":2023,\"value\":" + q("4945", "EXACT")
                        + ",\"citiesReporting\":" + q("2", "EXACT") + "}]}"));
        example(components, "stats-ranking", "Press releases in 2023",
                json("{\"metric\":" + pressReleases + ",\"year\":2023,\"perCapita\":false,\"items\":[{\"rank\":1,\"city\":" + blag
                        + ",\"value\":" + q("3415", "EXACT") + "},{\"rank\":2,\"city\":" + bratsk + ",\"value\":" + q("1530", "EXACT") + "}]}"));
        example(components, "stats-growth", "Press releases 2022 to 2023: no city has both years in the sample data",
                json("{\"metric\":" + pressReleases + ",\"from\":2022,\"to\":2023,\"items\":[],\"missing\":[{\"city\":" + blag
                        + ",\"missingYears\":[2022]},{\"city\":" + bratsk + ",\"missingYears\":[2022]}],"
                        + "\"note\":\"no city reported press_releases in both 2022 and 2023\"}"));
        example(components, "stats-breakdown", "Subscribers by owner in 2023: Blagoveshchensk gave a grand total and the mayor's Telegram",
                json("{\"metric\":" + subscribers + ",\"year\":2023,\"by\":\"owner\",\"groups\":[{\"key\":\"ADMINISTRATION\","
                        + "\"labelRu\":\"Администрация\",\"value\":" + q("19908", "EXACT") + ",\"cities\":" + q("1", "EXACT")
                        + "},{\"key\":\"MAYOR\",\"labelRu\":\"Мэр\",\"value\":" + q("25808", "AT_LEAST") + ",\"cities\":" + q("2", "EXACT")
                        + "}],\"unattributed\":" + q("15000", "APPROXIMATE") + ",\"unattributedCities\":[" + blag + "]}"));
        example(components, "stats-coverage", "2023, Bratsk only",
                json("{\"year\":2023,\"citiesFiled\":" + q("1", "EXACT") + ",\"metrics\":[{\"code\":\"press_releases\",\"citiesReporting\":"
                        + q("1", "EXACT") + "},{\"code\":\"photo_reports\",\"citiesReporting\":" + q("0", "EXACT")
                        + "}],\"cities\":[{\"city\":" + bratsk + ",\"filed\":true,\"reported\":[\"press_releases\"],"
                        + "\"missing\":[\"photo_reports\"]}]}"));
    }

    private static String q(String value, String qualifier) {
        return "{\"value\":" + value + ",\"qualifier\":\"" + qualifier + "\"}";
    }

    private static Object json(String text) {
        try {
            return JSON.readValue(text, LinkedHashMap.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> subscribersMetric() {
        Map<String, Object> metric = new LinkedHashMap<>();
        metric.put("code", "subscribers");
        metric.put("nameRu", "Подписчики");
        metric.put("nameEn", "Subscribers");
        metric.put("unit", "подписчиков");
        metric.put("kind", "STOCK");
        metric.put("description", "Subscribers at the end of the year. Adds up over cities and accounts, never over years.");
        return metric;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> sample(String path) {
        try (InputStream in = OpenApiComponents.class.getClassLoader().getResourceAsStream("sample-data/" + path)) {
            if (in == null) {
                throw new IllegalStateException("missing sample-data/" + path);
            }
            return JSON.readValue(in, LinkedHashMap.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
