package org.pressstats.city;

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

@Path("/api/v1/cities")
@Tag(name = "Cities")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CityResource {

    @Inject
    CityService service;

    @Inject
    ReadCache cache;

    @GET
    @Operation(summary = "List cities", description = "Cities page by page, filtered by part of the name or slug "
            + "(`q`, case-insensitive, Cyrillic too, ё = е) and by federal district. Sortable by slug, name, region, "
            + "population, createdAt, updatedAt.")
    @APIResponse(responseCode = "200", description = "A page of cities; `Link` header with first, prev, next, last",
            content = @Content(schema = @Schema(ref = "CityPage"), examples = @ExampleObject(name = "sample", ref = "city-page")))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public Response list(
            @Parameter(description = "Part of the name or slug", example = "брат") @QueryParam("q") String q,
            @Parameter(description = "Federal district", schema = @Schema(implementation = FederalDistrict.class)) @QueryParam("district") String district,
            @Parameter(description = "Page number, from 0", schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 200", example = "20", schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("size") String size,
            @Parameter(description = "field,asc|desc; repeatable", example = "name,asc") @QueryParam("sort") List<String> sort,
            @Context UriInfo uri) {
        PageRequest request = PageRequest.of(Params.integer("page", page), Params.integer("size", size), sort, CityService.SORTABLE, "slug,asc", "id");
        return Links.paged(service.list(q, Params.enumValue(FederalDistrict.class, "district", district), request), uri);
    }

    @GET
    @Path("{slug}")
    @Operation(summary = "Get a city", description = "One city with its `ETag`; `If-None-Match` with the current tag answers 304.")
    @APIResponse(responseCode = "200", description = "The city",
            content = @Content(schema = @Schema(implementation = CityDto.class), examples = @ExampleObject(name = "bratsk", ref = "city-bratsk")))
    @APIResponse(responseCode = "304", description = "Not modified since the tag in `If-None-Match`")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Uni<Response> get(@Parameter(description = "City slug", example = "bratsk") @PathParam("slug") @Pattern(regexp = CityDto.SLUG, message = "is not a valid slug") String slug,
            @Context HttpHeaders headers) {
        return cache.get("city", slug, headers, () -> {
            CityDto city = service.find(slug).orElseThrow(() -> ProblemException.notFound("no city with slug '" + slug + "'"));
            return new ReadCache.Representation(city, ETags.of(city.version(), city.createdAt()));
        });
    }

    @POST
    @Operation(summary = "Create a city", description = "Creates a city under the slug in the body. "
            + "A slug that exists is a 409 (use PUT to replace).")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = CityDto.class),
            examples = @ExampleObject(name = "bratsk", ref = "city-bratsk")))
    @APIResponse(responseCode = "201", description = "Created; `Location` names the new city",
            content = @Content(schema = @Schema(implementation = CityDto.class), examples = @ExampleObject(name = "bratsk", ref = "city-bratsk")))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @RolesAllowed(Caller.ADMIN)
    public Response create(@Valid @NotNull CityDto body, @Context UriInfo uri) {
        CityDto city = service.create(body);
        return Response.created(URI.create("/api/v1/cities/" + city.slug()))
                .tag(ETags.of(city.version(), city.createdAt())).entity(city).build();
    }

    @PUT
    @Path("{slug}")
    @Operation(summary = "Create or replace a city", description = "Creates the city (201) or replaces all its "
            + "writable fields (200). `slug` in the body may be omitted; if given it must equal the path. Read-only "
            + "fields are ignored. `If-Match` makes the replace conditional (412 when stale); `If-None-Match: *` "
            + "makes it create-only. Sending the same content again changes nothing, not even the version.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = CityDto.class),
            examples = @ExampleObject(name = "bratsk", ref = "city-bratsk")))
    @APIResponse(responseCode = "200", description = "Replaced",
            content = @Content(schema = @Schema(implementation = CityDto.class), examples = @ExampleObject(name = "bratsk", ref = "city-bratsk")))
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = CityDto.class), examples = @ExampleObject(name = "bratsk", ref = "city-bratsk")))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @RolesAllowed(Caller.ADMIN)
    public Response put(@Parameter(description = "City slug", example = "bratsk") @PathParam("slug") @Pattern(regexp = CityDto.SLUG, message = "is not a valid slug") String slug,
            @Valid @NotNull CityDto body,
            @Parameter(description = "Replace only if the city still has this ETag") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Parameter(description = "`*`: create only") @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        CityService.Written written = service.put(slug, body, ifMatch, ifNoneMatch);
        CityDto city = written.city();
        Response.ResponseBuilder response = written.created()
                ? Response.created(URI.create("/api/v1/cities/" + slug))
                : Response.ok();
        return response.tag(ETags.of(city.version(), city.createdAt())).entity(city).build();
    }

    @DELETE
    @Path("{slug}")
    @Operation(summary = "Delete a city", description = "Deletes a city that has no reports. A city with reports "
            + "is a 409 that says how many; nothing is deleted by cascade.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @RolesAllowed(Caller.ADMIN)
    public void delete(@Parameter(description = "City slug", example = "bratsk") @PathParam("slug") @Pattern(regexp = CityDto.SLUG, message = "is not a valid slug") String slug,
            @Parameter(description = "Delete only if the city still has this ETag") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.delete(slug, ifMatch);
    }
}
