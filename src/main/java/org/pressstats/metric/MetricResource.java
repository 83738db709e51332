package org.pressstats.metric;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pressstats.common.Caller;
import org.pressstats.common.ETags;
import org.pressstats.common.Links;
import org.pressstats.common.PageRequest;
import org.pressstats.common.Params;
import org.pressstats.common.ProblemException;
import org.pressstats.common.ReadCache;

import io.smallrye.mutiny.Uni;

@Path("/api/v1/metrics")
@Tag(name = "Metrics")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MetricResource {

    @Inject
    MetricService service;

    @Inject
    ReadCache cache;

    @GET
    @Operation(summary = "List the metric catalog", description = "Metrics that figures may use, page by page, "
            + "optionally of one kind. Sortable by code, kind, nameEn, updatedAt.")
    @APIResponse(responseCode = "200", description = "A page of metrics; `Link` header with first, prev, next, last",
            content = @Content(schema = @Schema(ref = "MetricPage"), examples = @ExampleObject(name = "sample", ref = "metric-page")))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public Response list(
            @Parameter(description = "Only metrics of this kind", schema = @Schema(implementation = MetricKind.class)) @QueryParam("kind") String kind,
            @Parameter(description = "Page number, from 0", schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 200", example = "20", schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("size") String size,
            @Parameter(description = "field,asc|desc; repeatable", example = "code,asc") @QueryParam("sort") List<String> sort,
            @Context UriInfo uri) {
        PageRequest request = PageRequest.of(Params.integer("page", page), Params.integer("size", size), sort, MetricService.SORTABLE, "code,asc", "id");
        return Links.paged(service.list(Params.enumValue(MetricKind.class, "kind", kind), request), uri);
    }

    @GET
    @Path("{code}")
    @Operation(summary = "Get a metric", description = "One metric of the catalog with its `ETag`; "
            + "`If-None-Match` with the current tag answers 304.")
    @APIResponse(responseCode = "200", description = "The metric",
            content = @Content(schema = @Schema(implementation = MetricDto.class), examples = @ExampleObject(name = "subscribers", ref = "metric-subscribers")))
    @APIResponse(responseCode = "304", description = "Not modified since the tag in `If-None-Match`")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Uni<Response> get(@Parameter(description = "Metric code", example = "subscribers") @PathParam("code") @Pattern(regexp = MetricDto.CODE, message = "is not a valid metric code") String code,
            @Context HttpHeaders headers) {
        return cache.get("metric", code, headers, () -> {
            MetricDto metric = service.find(code).orElseThrow(() -> ProblemException.notFound("no metric with code '" + code + "'"));
            return new ReadCache.Representation(metric, ETags.of(metric.version(), metric.createdAt()));
        });
    }

    @POST
    @Operation(summary = "Add a metric", description = "Adds a metric to the catalog under the code in the body. "
            + "A code that exists is a 409 (use PUT to replace).")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = MetricDto.class),
            examples = @ExampleObject(name = "subscribers", ref = "metric-subscribers")))
    @APIResponse(responseCode = "201", description = "Created; `Location` names the new metric",
            content = @Content(schema = @Schema(implementation = MetricDto.class), examples = @ExampleObject(name = "subscribers", ref = "metric-subscribers")))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @RolesAllowed(Caller.ADMIN)
    public Response create(@Valid @NotNull MetricDto body) {
        MetricDto metric = service.create(body);
        return Response.created(URI.create("/api/v1/metrics/" + metric.code()))
                .tag(ETags.of(metric.version(), metric.createdAt())).entity(metric).build();
    }

    @PUT
    @Path("{code}")
    @Operation(summary = "Create or replace a metric", description = "Creates the metric (201) or replaces its "
            + "names, unit, kind and description (200). `code` in the body may be omitted; if given it must equal "
            + "the path. The kind of a metric that figures use cannot change (409). `If-Match` makes the replace "
            + "conditional; `If-None-Match: *` makes it create-only.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = MetricDto.class),
            examples = @ExampleObject(name = "subscribers", ref = "metric-subscribers")))
    @APIResponse(responseCode = "200", description = "Replaced",
            content = @Content(schema = @Schema(implementation = MetricDto.class), examples = @ExampleObject(name = "subscribers", ref = "metric-subscribers")))
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = MetricDto.class), examples = @ExampleObject(name = "subscribers", ref = "metric-subscribers")))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @RolesAllowed(Caller.ADMIN)
    public Response put(@Parameter(description = "Metric code", example = "subscribers") @PathParam("code") @Pattern(regexp = MetricDto.CODE, message = "is not a valid metric code") String code,
            @Valid @NotNull MetricDto body,
            @Parameter(description = "Replace only if the metric still has this ETag") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Parameter(description = "`*`: create only") @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        MetricService.Written written = service.put(code, body, ifMatch, ifNoneMatch);
        MetricDto metric = written.metric();
        Response.ResponseBuilder response = written.created()
                ? Response.created(URI.create("/api/v1/metrics/" + code))
                : Response.ok();
        return response.tag(ETags.of(metric.version(), metric.createdAt())).entity(metric).build();
    }

    @DELETE
    @Path("{code}")
    @Operation(summary = "Delete a metric", description = "Removes a metric that no figure uses; "
            + "a metric in use is a 409 that says by how many figures.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @RolesAllowed(Caller.ADMIN)
    public void delete(@Parameter(description = "Metric code", example = "subscribers") @PathParam("code") @Pattern(regexp = MetricDto.CODE, message = "is not a valid metric code") String code,
            @Parameter(description = "Delete only if the metric still has this ETag") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.delete(code, ifMatch);
    }
}
