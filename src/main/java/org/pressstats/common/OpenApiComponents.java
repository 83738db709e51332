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
        pageSchema(components, "CityPage", "City");
        pageSchema(components, "ReportPage", "Report");
        pageSchema(components, "MetricPage", "Metric");
        problem(components, "BadRequest", ProblemType.VALIDATION,
                "The request is not of the documented shape: malformed JSON, an unknown property, a wrong type, "
                        + "a value out of range, a bad parameter, or a body that names another resource than the path",
                "/api/v1/cities/bratsk/reports/2023", "figures[0].value: must be less than or equal to 10000000000000",
                List.of(Map.of("field", "figures[0].value", "message", "must be less than or equal to 10000000000000")));
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
                List.of(Map.of("field", "figures[3]", "message",
                        "duplicates figures[2]: both give metric subscribers, owner MAYOR, platform VK; a report has one figure per metric, owner and platform")));
    }

    private static void example(Components components, String name, String summary, Object value) {
        components.addExample(name, OASFactory.createExample().summary(summary).value(value));
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
