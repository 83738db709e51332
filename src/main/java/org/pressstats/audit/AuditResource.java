package org.pressstats.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
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
import org.pressstats.common.Caller;
import org.pressstats.common.Links;
import org.pressstats.common.PageRequest;
import org.pressstats.common.Params;
import org.pressstats.common.ProblemException;

@Path("/api/v1/audit")
@Tag(name = "History")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Caller.ADMIN)
public class AuditResource {

    private static final Instant EARLIEST = LocalDate.of(1, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
    private static final Instant LATEST = LocalDate.of(10000, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();

    @Inject
    History history;

    @GET
    @Operation(summary = "Search the change log", description = "Every change to cities, reports and metrics, newest "
            + "first, filtered by actor (token subject), entity type, key, and time (`from` inclusive, `to` "
            + "exclusive; an instant or a date, dates in UTC). Admin only.")
    @APIResponse(responseCode = "200", description = "A page of changes; `Link` header with first, prev, next, last",
            content = @Content(schema = @Schema(ref = "ChangeSummaryPage"), examples = @ExampleObject(name = "sample", ref = "change-page")))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public Response search(
            @Parameter(description = "Token subject that made the change", example = "admin") @QueryParam("actor") String actor,
            @Parameter(description = "Entity type", schema = @Schema(implementation = EntityType.class)) @QueryParam("entity") String entity,
            @Parameter(description = "City slug, `slug/year` of a report, or metric code", example = "bratsk/2023") @QueryParam("key") String key,
            @Parameter(description = "From this instant or date (inclusive)", example = "2026-11-01") @QueryParam("from") String from,
            @Parameter(description = "Before this instant or date (exclusive)", example = "2026-12-01T00:00:00Z") @QueryParam("to") String to,
            @Parameter(description = "Page number, from 0", schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 200", example = "20", schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("size") String size,
            @Context UriInfo uri) {
        History.Filter filter = new History.Filter(blankToNull(actor), Params.enumValue(EntityType.class, "entity", entity),
                blankToNull(key), instant("from", from), instant("to", to));
        PageRequest request = PageRequest.of(Params.integer("page", page), Params.integer("size", size), List.of(),
                History.SORTABLE, "at,desc", "id");
        return Links.paged(history.search(filter, request), uri);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Get one change", description = "A change-log entry whole, with the record before and after. Admin only.")
    @APIResponse(responseCode = "200", description = "The change", content = @Content(schema = @Schema(implementation = Change.class),
            examples = @ExampleObject(name = "bratsk-2023", ref = "change-bratsk-2023")))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Change get(@Parameter(description = "Id from the change log", example = "7", schema = @Schema(type = SchemaType.INTEGER)) @PathParam("id") String idParam) {
        long id = Params.requiredInteger("id", idParam);
        return history.entry(id).orElseThrow(() -> ProblemException.notFound("no change with id " + id));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** An ISO-8601 instant, or a date meaning its start in UTC. */
    static Instant instant(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        Instant instant;
        try {
            instant = raw.length() == 10 ? LocalDate.parse(raw).atStartOfDay(ZoneOffset.UTC).toInstant() : Instant.parse(raw);
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest(name, "'" + raw + "' is not a date (2026-11-23) or an instant (2026-11-23T10:00:00Z)");
        }
        // ISO-8601 allows years far past what a timestamp holds; no change is ever outside these
        if (instant.isBefore(EARLIEST) || !instant.isBefore(LATEST)) {
            throw ProblemException.badRequest(name, "'" + raw + "' is outside the years 0001 to 9999");
        }
        return instant;
    }

    // The change log is read-only: other methods are a 405 that says so (JAX-RS's own 405 has no Allow header)

    @PUT
    @Operation(hidden = true)
    public void putLog() {
        throw new NotAllowedException(HttpMethod.GET);
    }

    @POST
    @Operation(hidden = true)
    public void postLog() {
        throw new NotAllowedException(HttpMethod.GET);
    }

    @DELETE
    @Operation(hidden = true)
    public void deleteLog() {
        throw new NotAllowedException(HttpMethod.GET);
    }

    @PUT
    @Path("{id}")
    @Operation(hidden = true)
    public void putEntry() {
        throw new NotAllowedException(HttpMethod.GET);
    }

    @POST
    @Path("{id}")
    @Operation(hidden = true)
    public void postEntry() {
        throw new NotAllowedException(HttpMethod.GET);
    }

    @DELETE
    @Path("{id}")
    @Operation(hidden = true)
    public void deleteEntry() {
        throw new NotAllowedException(HttpMethod.GET);
    }
}
