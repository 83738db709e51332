package org.pressstats.report;

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
import org.pressstats.city.CityDto;
import org.pressstats.common.Caller;
import org.pressstats.common.ETags;
import org.pressstats.common.Links;
import org.pressstats.common.PageRequest;
import org.pressstats.common.Params;
import org.pressstats.common.ReadCache;

import io.smallrye.mutiny.Uni;

@Path("/api/v1/cities/{slug}/reports")
@Tag(name = "Reports")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReportResource {

    @Inject
    ReportService service;

    @Inject
    ReadCache cache;

    @GET
    @Operation(summary = "List a city's reports", description = "The city's reports, whole, page by page; "
            + "newest year first unless `sort` says otherwise (year, updatedAt).")
    @APIResponse(responseCode = "200", description = "A page of reports; `Link` header with first, prev, next, last",
            content = @Content(schema = @Schema(ref = "ReportPage"), examples = @ExampleObject(name = "bratsk", ref = "report-page")))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response list(@Parameter(description = "City slug", example = "bratsk") @PathParam("slug") @Pattern(regexp = CityDto.SLUG, message = "is not a valid slug") String slug,
            @Parameter(description = "Page number, from 0", schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 200", example = "20", schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("size") String size,
            @Parameter(description = "field,asc|desc; repeatable", example = "year,desc") @QueryParam("sort") List<String> sort,
            @Context UriInfo uri) {
        PageRequest request = PageRequest.of(Params.integer("page", page), Params.integer("size", size), sort, ReportService.SORTABLE, "year,desc", "r.id");
        return Links.paged(service.listForCity(slug, request), uri);
    }

    @GET
    @Path("{year}")
    @Operation(summary = "Get a city's report for a year", description = "The whole city-year record: prose, "
            + "figures (each with its qualifier, owner, platform and baseline) and highlights, with its `ETag`; "
            + "`If-None-Match` with the current tag answers 304.")
    @APIResponse(responseCode = "200", description = "The report",
            content = @Content(schema = @Schema(implementation = ReportDto.class), examples = @ExampleObject(name = "bratsk-2023", ref = "report-bratsk-2023")))
    @APIResponse(responseCode = "304", description = "Not modified since the tag in `If-None-Match`")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Uni<Response> get(@Parameter(description = "City slug", example = "bratsk") @PathParam("slug") @Pattern(regexp = CityDto.SLUG, message = "is not a valid slug") String slug,
            @Parameter(example = "2023", schema = @Schema(type = SchemaType.INTEGER)) @PathParam("year") String yearParam,
            @Context HttpHeaders headers) {
        int year = Params.requiredInteger("year", yearParam);
        return cache.get("report", slug + "/" + year, headers, () -> {
            ReportDto report = service.find(slug, year).orElseThrow(() -> ReportService.notFound(slug, year));
            return new ReadCache.Representation(report, ETags.of(report.version(), report.createdAt()));
        });
    }

    @PUT
    @Path("{year}")
    @Operation(summary = "Create or replace a city's report for a year", description = "Creates the record (201) "
            + "or replaces it whole (200): prose, figures and highlights. Idempotent: the same body again changes "
            + "nothing, not even the version. `city` and `year` in the body may be omitted; if given they must equal "
            + "the path (400). Read-only fields are ignored, so a document from GET can be changed and sent back; "
            + "unknown properties are a 400. A metric outside the catalog, two figures with the same (metric, owner, "
            + "platform), or a baseline on a non-growth figure (or none on a growth figure) is a 422. "
            + "`If-Match` makes the replace conditional (412 when stale); `If-None-Match: *` makes it create-only.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ReportDto.class),
            examples = @ExampleObject(name = "bratsk-2023", ref = "report-bratsk-2023")))
    @APIResponse(responseCode = "200", description = "Replaced (or unchanged)",
            content = @Content(schema = @Schema(implementation = ReportDto.class), examples = @ExampleObject(name = "bratsk-2023", ref = "report-bratsk-2023")))
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = ReportDto.class), examples = @ExampleObject(name = "bratsk-2023", ref = "report-bratsk-2023")))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    @RolesAllowed({ Caller.ADMIN, Caller.EDITOR })
    public Response put(@Parameter(description = "City slug", example = "bratsk") @PathParam("slug") @Pattern(regexp = CityDto.SLUG, message = "is not a valid slug") String slug,
            @Parameter(example = "2023", schema = @Schema(type = SchemaType.INTEGER)) @PathParam("year") String yearParam,
            @Valid @NotNull ReportDto body,
            @Parameter(description = "Replace only if the report still has this ETag") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Parameter(description = "`*`: create only") @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return answer(service.put(slug, Params.requiredInteger("year", yearParam), body, ifMatch, ifNoneMatch));
    }

    /** A written report: 201 with Location when the write created it, else 200; with its ETag either way. */
    public static Response answer(ReportService.Written written) {
        ReportDto report = written.report();
        Response.ResponseBuilder response = written.created()
                ? Response.created(URI.create("/api/v1/cities/" + report.city() + "/reports/" + report.year()))
                : Response.ok();
        return response.tag(ETags.of(report.version(), report.createdAt())).entity(report).build();
    }

    @DELETE
    @Path("{year}")
    @Operation(summary = "Delete a city's report for a year", description = "Deletes the record with its figures "
            + "and highlights.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @RolesAllowed({ Caller.ADMIN, Caller.EDITOR })
    public void delete(@Parameter(description = "City slug", example = "bratsk") @PathParam("slug") @Pattern(regexp = CityDto.SLUG, message = "is not a valid slug") String slug,
            @Parameter(example = "2023", schema = @Schema(type = SchemaType.INTEGER)) @PathParam("year") String yearParam,
            @Parameter(description = "Delete only if the report still has this ETag") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.delete(slug, Params.requiredInteger("year", yearParam), ifMatch);
    }
}
