package org.pressstats.report;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
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
import org.pressstats.city.FederalDistrict;
import org.pressstats.common.Links;
import org.pressstats.common.PageRequest;
import org.pressstats.common.Params;

@Path("/api/v1/reports")
@Tag(name = "Reports")
@Produces(MediaType.APPLICATION_JSON)
public class ReportSearchResource {

    @Inject
    ReportService service;

    @GET
    @Operation(summary = "Find reports across cities", description = "Whole reports of all cities, page by page, "
            + "filtered by year, city (slug, or name in any letter case), federal district and metric (only reports "
            + "that have a figure of it). Sorted by year (newest first), then city, unless `sort` says otherwise "
            + "(year, city, updatedAt).")
    @APIResponse(responseCode = "200", description = "A page of reports; `Link` header with first, prev, next, last",
            content = @Content(schema = @Schema(ref = "ReportPage"), examples = @ExampleObject(name = "bratsk", ref = "report-page")))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public Response search(
            @Parameter(description = "Year reported on", example = "2023", schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("year") String year,
            @Parameter(description = "City slug or name (case-insensitive)", example = "Братск") @QueryParam("city") String city,
            @Parameter(description = "Federal district", schema = @Schema(implementation = FederalDistrict.class)) @QueryParam("district") String district,
            @Parameter(description = "Only reports with a figure of this metric", example = "subscribers") @QueryParam("metric") String metric,
            @Parameter(description = "Page number, from 0", schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 200", example = "20", schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("size") String size,
            @Parameter(description = "field,asc|desc; repeatable", example = "year,desc") @QueryParam("sort") List<String> sort,
            @Context UriInfo uri) {
        List<String> order = sort == null || sort.isEmpty() ? List.of("year,desc", "city,asc") : sort;
        PageRequest request = PageRequest.of(Params.integer("page", page), Params.integer("size", size), order, ReportService.SORTABLE, "year,desc", "r.id");
        return Links.paged(service.search(new ReportService.Filter(Params.integer("year", year), city,
                Params.enumValue(FederalDistrict.class, "district", district), metric), request), uri);
    }
}
