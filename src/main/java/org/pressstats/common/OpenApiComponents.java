package org.pressstats.common;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

import io.quarkus.smallrye.openapi.OpenApiFilter;


/**
 * Adds to the contract what annotations cannot say once: examples read from the sample data, the
 * page schemas, and one reusable response per problem type. Runs at build time, so a start does not read the
 * sample data nor build these parts again.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class OpenApiComponents implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        Components components = openAPI.getComponents();
        OpenApiExamples.addTo(components);
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
                        + "not from the configured issuer, or whose subject (`sub`, recorded as who made the change) is "
                        + "empty, over 300 characters or holds NUL; `WWW-Authenticate` says which. Nothing was changed",
                "/api/v1/cities/bratsk/reports/2023", "this operation needs a bearer token (Authorization: Bearer …)", List.of());
        problem(components, "Forbidden", ProblemType.FORBIDDEN,
                "A valid token without the role this operation needs, or an editor token for another city. Nothing was changed",
                "/api/v1/cities/bratsk/reports/2023",
                "this token may not change reports of city 'bratsk'; it may change reports of cities blagoveshchensk", List.of());
        problem(components, "ReadUnauthorized", ProblemType.UNAUTHORIZED,
                "Only where reads need a token (`PRESS_STATS_AUTH_READS_REQUIRE_TOKEN=true`): no bearer token, or one "
                        + "that is malformed, expired or not signed by the configured key; `WWW-Authenticate` says which",
                "/api/v1/cities/bratsk", "this operation needs a bearer token (Authorization: Bearer …)", List.of());
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
        problem(components, "DraftTooLarge", ProblemType.PAYLOAD_TOO_LARGE, "The body is larger than 10 MiB, or its text "
                + "longer than 200 000 characters", "/api/v1/drafts", "the text has 200421 characters; a draft reads at most 200000",
                List.of());
        problem(components, "ImportTooLarge", ProblemType.PAYLOAD_TOO_LARGE, "The file is larger than the import limit "
                + "(`PRESS_STATS_IMPORT_MAX_BYTES`, 100 MiB by default); nothing was written", "/api/v1/import",
                "the request body is larger than 104857600 bytes", List.of());
        problem(components, "ImportRejected", ProblemType.UNPROCESSABLE, "Rows that break the rules of a report: each is "
                + "listed with its line (or sheet row), column, value and what is wrong, the first 1 000 of them; nothing "
                + "was written", "/api/v1/import", "2 errors in the file; nothing was written",
                List.of(importError("value", "is not a number", 3, "3 415 шт."),
                        importError("metric", "'press_release' is not in the metric catalog", 5, null)));
        problem(components, "NotAcceptable", ProblemType.NOT_ACCEPTABLE, "The `Accept` header names no format the "
                + "operation gives", "/api/v1/export", "no representation matches the Accept header", List.of());
        everyOperationAnswers(openAPI);
        problem(components, "UnsupportedMediaType", ProblemType.UNSUPPORTED_MEDIA_TYPE, "The body is not of a media type "
                + "the operation takes (JSON; for drafts text, a .docx, .doc, .odt or PDF, or a file upload), or text not in UTF-8",
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

    /**
     * Statuses any operation of the API can give: 400 for what every request is checked for (an empty precondition
     * header, a NUL in a parameter), 406 for an `Accept` it cannot serve, and for the public ones 401 when the
     * deployment makes reads need a token.
     */
    private static void everyOperationAnswers(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().values().forEach(operation -> {
            if (!path.startsWith("/api/") || operation.getResponses() == null) {
                return;
            }
            if (operation.getResponses().getAPIResponse("400") == null) { // an empty If-Match, a NUL in a parameter
                operation.getResponses().addAPIResponse("400", OASFactory.createAPIResponse().ref("BadRequest"));
            }
            if (operation.getResponses().getAPIResponse("406") == null) {
                operation.getResponses().addAPIResponse("406", OASFactory.createAPIResponse().ref("NotAcceptable"));
            }
            boolean secured = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
            if (!secured && operation.getResponses().getAPIResponse("401") == null) {
                operation.getResponses().addAPIResponse("401", OASFactory.createAPIResponse().ref("ReadUnauthorized"));
            }
        }));
    }

    private static Map<String, Object> importError(String field, String message, int line, String value) {
        Map<String, Object> error = fieldError(field, message);
        error.put("line", line);
        if (value != null) {
            error.put("value", value);
        }
        return error;
    }

    /** Ordered, so that the served contract is the same on every start. */
    private static Map<String, Object> fieldError(String field, String message) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("field", field);
        error.put("message", message);
        return error;
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
            String instance, String detail, List<Map<String, Object>> errors) {
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

}
