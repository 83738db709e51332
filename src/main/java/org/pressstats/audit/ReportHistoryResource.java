package org.pressstats.audit;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.NotAllowedException;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pressstats.city.CityDto;
import org.pressstats.common.Caller;
import org.pressstats.common.Links;
import org.pressstats.common.Page;
import org.pressstats.common.PageRequest;
import org.pressstats.common.Params;
import org.pressstats.common.ProblemException;
import org.pressstats.report.ReportDto;
import org.pressstats.report.ReportResource;
import org.pressstats.report.ReportService;

@Path("/api/v1/cities/{slug}/reports/{year}/history")
@Tag(name = "History")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Caller.ADMIN, Caller.EDITOR })
public class ReportHistoryResource {

    @Inject
    History history;

    @Inject
    ReportService reports;

    @GET
    @Operation(summary = "List the versions of a city's report", description = "Every create, replace, delete and "
            + "restore of the report, newest first, with who made it and when; a deleted report's history stays "
            + "here. Needs an admin or editor token (any city).")
    @APIResponse(responseCode = "200", description = "A page of versions; `Link` header with first, prev, next, last",
            content = @Content(schema = @Schema(ref = "ChangeSummaryPage"), examples = @ExampleObject(name = "bratsk-2023", ref = "change-page")))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response list(@Parameter(description = "City slug", example = "bratsk") @PathParam("slug") @Pattern(regexp = CityDto.SLUG, message = "is not a valid slug") String slug,
            @Parameter(example = "2023", schema = @Schema(type = SchemaType.INTEGER)) @PathParam("year") String yearParam,
            @Parameter(description = "Page number, from 0", schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 200", example = "20", schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("size") String size,
            @Context UriInfo uri) {
        String key = EntityType.reportKey(slug, Params.requiredInteger("year", yearParam));
        PageRequest request = PageRequest.of(Params.integer("page", page), Params.integer("size", size), List.of(),
                History.SORTABLE, "version,desc", "id");
        Page<ChangeSummary> versions = history.versions(EntityType.REPORT, key, request);
        if (versions.totalItems() == 0) {
            throw ProblemException.notFound("report " + key + " has no history");
        }
        return Links.paged(versions, uri);
    }

    @GET
    @Path("{version}")
    @Operation(summary = "Get one version of a city's report", description = "The history entry whole: the action, "
            + "who and when, and the report before and after it (`after` is the report as of this version). "
            + "Needs an admin or editor token (any city).")
    @APIResponse(responseCode = "200", description = "The version", content = @Content(schema = @Schema(implementation = Change.class),
            examples = @ExampleObject(name = "bratsk-2023", ref = "change-bratsk-2023")))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Change get(@Parameter(description = "City slug", example = "bratsk") @PathParam("slug") @Pattern(regexp = CityDto.SLUG, message = "is not a valid slug") String slug,
            @Parameter(example = "2023", schema = @Schema(type = SchemaType.INTEGER)) @PathParam("year") String yearParam,
            @Parameter(description = "Version in the history, from 1", example = "1", schema = @Schema(type = SchemaType.INTEGER)) @PathParam("version") String versionParam) {
        String key = EntityType.reportKey(slug, Params.requiredInteger("year", yearParam));
        int version = Params.requiredInteger("version", versionParam);
        return history.version(EntityType.REPORT, key, version)
                .orElseThrow(() -> ProblemException.notFound("report " + key + " has no version " + version + " in its history"));
    }

    @POST
    @Path("{version}/restore")
    @RolesAllowed(Caller.ADMIN)
    @Operation(summary = "Restore a version of a city's report", description = "Writes the report back as it was "
            + "after this version (also when the report has been deleted since), as one new RESTORE entry in the "
            + "history. Restoring the content the report already has changes nothing. A version that is a "
            + "deletion, or a report whose metrics left the catalog since, is a 422. `If-Match` makes it "
            + "conditional on the current report. Admin only.")
    @APIResponse(responseCode = "200", description = "Restored over the current report",
            content = @Content(schema = @Schema(implementation = ReportDto.class), examples = @ExampleObject(name = "bratsk-2023", ref = "report-bratsk-2023")))
    @APIResponse(responseCode = "201", description = "Restored a deleted report",
            content = @Content(schema = @Schema(implementation = ReportDto.class), examples = @ExampleObject(name = "bratsk-2023", ref = "report-bratsk-2023")))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Response restore(@Parameter(description = "City slug", example = "bratsk") @PathParam("slug") @Pattern(regexp = CityDto.SLUG, message = "is not a valid slug") String slug,
            @Parameter(example = "2023", schema = @Schema(type = SchemaType.INTEGER)) @PathParam("year") String yearParam,
            @Parameter(description = "Version in the history, from 1", example = "1", schema = @Schema(type = SchemaType.INTEGER)) @PathParam("version") String versionParam,
            @Parameter(description = "Restore only if the report still has this ETag") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return ReportResource.answer(reports.restore(slug, Params.requiredInteger("year", yearParam),
                Params.requiredInteger("version", versionParam), ifMatch));
    }

    // The history is read-only through the API: the other methods on its URLs are a 405 that says what is allowed
    // (without these, JAX-RS would go on to the report's own resource and answer 404).

    @PUT
    @Operation(hidden = true)
    public void putVersions() {
        throw new NotAllowedException(HttpMethod.GET);
    }

    @POST
    @Operation(hidden = true)
    public void postVersions() {
        throw new NotAllowedException(HttpMethod.GET);
    }

    @DELETE
    @Operation(hidden = true)
    public void deleteVersions() {
        throw new NotAllowedException(HttpMethod.GET);
    }

    @PUT
    @Path("{version}")
    @Operation(hidden = true)
    public void putVersion() {
        throw new NotAllowedException(HttpMethod.GET);
    }

    @POST
    @Path("{version}")
    @Operation(hidden = true)
    public void postVersion() {
        throw new NotAllowedException(HttpMethod.GET);
    }

    @DELETE
    @Path("{version}")
    @Operation(hidden = true)
    public void deleteVersion() {
        throw new NotAllowedException(HttpMethod.GET);
    }

    @GET
    @Path("{version}/restore")
    @Operation(hidden = true)
    public void getRestore() {
        throw new NotAllowedException(HttpMethod.POST);
    }

    @PUT
    @Path("{version}/restore")
    @Operation(hidden = true)
    public void putRestore() {
        throw new NotAllowedException(HttpMethod.POST);
    }

    @DELETE
    @Path("{version}/restore")
    @Operation(hidden = true)
    public void deleteRestore() {
        throw new NotAllowedException(HttpMethod.POST);
    }
}
