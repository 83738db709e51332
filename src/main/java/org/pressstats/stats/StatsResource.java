package org.pressstats.stats;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
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
import org.pressstats.city.FederalDistrict;
import org.pressstats.common.Params;
import org.pressstats.common.ProblemException;
import org.pressstats.report.ReportService;

import io.smallrye.mutiny.Uni;

@Path("/api/v1/stats")
@Tag(name = "Stats")
@Produces({ MediaType.APPLICATION_JSON, Csv.TEXT_CSV })
public class StatsResource {

    private static final String RULES = " Values are rolled up without double counting: a city's value at a level is the "
            + "figure reported at that level, else the sum of the finer figures under it. Precision propagates: a sum, "
            + "min, max, mean or median is EXACT only when every input is, AT_LEAST when any input is AT_LEAST and none "
            + "APPROXIMATE, APPROXIMATE when any input is; a difference or ratio with an inexact input is APPROXIMATE. "
            + "Polling: strong `ETag` and `Last-Modified` from the data version; `If-None-Match` answers 304 without "
            + "computing. `Accept: text/csv` gives the same answer as CSV.";

    @Inject
    StatsService service;

    @Inject
    StatsPolling polling;

    @GET
    @Path("totals")
    @Operation(summary = "Total of a metric over cities in a year", description = "The sum over cities, the number of "
            + "cities that reported the metric and that filed a report that year, and min, max, mean and median per "
            + "city. Growth figures with different baselines are not added up: `baselines` groups them." + RULES)
    @APIResponse(responseCode = "200", description = "The totals", content = @Content(
            schema = @Schema(implementation = StatsAnswers.Totals.class), examples = @ExampleObject(name = "subscribers-2023", ref = "stats-totals")))
    @APIResponse(responseCode = "304", description = "The data has not changed since the tag in `If-None-Match`")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public Uni<Response> totals(@Parameter(description = "Metric code", required = true, example = "subscribers") @QueryParam("metric") String metric,
            @Parameter(description = "Year", required = true, example = "2023", schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("year") String year,
            @BeanParam StatsFilterParams filters,
            @Context HttpHeaders headers, @Context UriInfo uri) {
        return polling.answer(headers, uri, () -> service.totals(filters.toFilter(metric), year("year", year)));
    }

    @GET
    @Path("series")
    @Operation(summary = "A metric year by year", description = "One point per year from `from` to `to`: the sum over "
            + "all cities (or the cities given), or one city's value when one `city` is given." + RULES)
    @APIResponse(responseCode = "200", description = "The series", content = @Content(
            schema = @Schema(implementation = StatsAnswers.Series.class), examples = @ExampleObject(name = "press-releases", ref = "stats-series")))
    @APIResponse(responseCode = "304", description = "The data has not changed since the tag in `If-None-Match`")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public Uni<Response> series(@Parameter(description = "Metric code", required = true, example = "press_releases") @QueryParam("metric") String metric,
            @Parameter(description = "First year", required = true, example = "2022", schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("from") String from,
            @Parameter(description = "Last year", required = true, example = "2023", schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("to") String to,
            @BeanParam StatsFilterParams filters,
            @Context HttpHeaders headers, @Context UriInfo uri) {
        return polling.answer(headers, uri, () -> {
            int[] range = range(from, to);
            return service.series(filters.toFilter(metric), range[0], range[1]);
        });
    }

    @GET
    @Path("ranking")
    @Operation(summary = "Cities ranked by a metric", description = "Cities by their value in a year, largest first "
            + "(equal values share a rank). `perCapita=true` ranks per 1 000 residents; cities without a population "
            + "are left out and listed." + RULES)
    @APIResponse(responseCode = "200", description = "The ranking", content = @Content(
            schema = @Schema(implementation = StatsAnswers.Ranking.class), examples = @ExampleObject(name = "press-releases-2023", ref = "stats-ranking")))
    @APIResponse(responseCode = "304", description = "The data has not changed since the tag in `If-None-Match`")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public Uni<Response> ranking(@Parameter(description = "Metric code", required = true, example = "press_releases") @QueryParam("metric") String metric,
            @Parameter(description = "Year", required = true, example = "2023", schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("year") String year,
            @Parameter(description = "How many cities, 1 to 1000 (default 10)", schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("limit") String limit,
            @Parameter(description = "Per 1 000 residents", schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("perCapita") String perCapita,
            @BeanParam StatsFilterParams filters,
            @Context HttpHeaders headers, @Context UriInfo uri) {
        return polling.answer(headers, uri, () -> service.ranking(filters.toFilter(metric),
                year("year", year), limit(limit), bool("perCapita", perCapita)));
    }

    @GET
    @Path("growth")
    @Operation(summary = "Change of a metric between two years, per city", description = "Per city, the change from "
            + "`from` to `to` in absolute terms and in percent (largest change first); cities missing either year are "
            + "listed under `missing`." + RULES)
    @APIResponse(responseCode = "200", description = "The changes", content = @Content(
            schema = @Schema(implementation = StatsAnswers.Growth.class), examples = @ExampleObject(name = "press-releases", ref = "stats-growth")))
    @APIResponse(responseCode = "304", description = "The data has not changed since the tag in `If-None-Match`")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public Uni<Response> growth(@Parameter(description = "Metric code", required = true, example = "press_releases") @QueryParam("metric") String metric,
            @Parameter(description = "Earlier year", required = true, example = "2022", schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("from") String from,
            @Parameter(description = "Later year", required = true, example = "2023", schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("to") String to,
            @BeanParam StatsFilterParams filters,
            @Context HttpHeaders headers, @Context UriInfo uri) {
        return polling.answer(headers, uri, () -> {
            int[] range = range(from, to);
            return service.growth(filters.toFilter(metric), range[0], range[1]);
        });
    }

    @GET
    @Path("breakdown")
    @Operation(summary = "A metric broken down by owner, platform or district", description = "One group per value of "
            + "`by`, plus `unattributed`: what cities reported only above that level (a grand total with no split by "
            + "owner, say), never added into a group. The `owner` filter does not go with by=owner, nor `platform` with "
            + "by=platform (400)." + RULES)
    @APIResponse(responseCode = "200", description = "The groups", content = @Content(
            schema = @Schema(implementation = StatsAnswers.Breakdown.class), examples = @ExampleObject(name = "subscribers-by-owner", ref = "stats-breakdown")))
    @APIResponse(responseCode = "304", description = "The data has not changed since the tag in `If-None-Match`")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public Uni<Response> breakdown(@Parameter(description = "Metric code", required = true, example = "subscribers") @QueryParam("metric") String metric,
            @Parameter(description = "Year", required = true, example = "2023", schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("year") String year,
            @Parameter(description = "owner, platform or district", required = true, example = "owner",
                    schema = @Schema(enumeration = { "owner", "platform", "district" })) @QueryParam("by") String by,
            @BeanParam StatsFilterParams filters,
            @Context HttpHeaders headers, @Context UriInfo uri) {
        return polling.answer(headers, uri, () -> {
            if (by == null || by.isBlank()) {
                throw ProblemException.badRequest("by", "is required: owner, platform or district");
            }
            return service.breakdown(filters.toFilter(metric), year("year", year), by);
        });
    }

    @GET
    @Path("coverage")
    @Operation(summary = "Which city reported which metric in a year", description = "Every city (under the filters): "
            + "whether it filed a report that year, the metrics it reported and those it did not, and per metric the "
            + "number of cities that reported it. Polling as for the other stats.")
    @APIResponse(responseCode = "200", description = "The coverage", content = @Content(
            schema = @Schema(implementation = StatsAnswers.Coverage.class), examples = @ExampleObject(name = "2023", ref = "stats-coverage")))
    @APIResponse(responseCode = "304", description = "The data has not changed since the tag in `If-None-Match`")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public Uni<Response> coverage(@Parameter(description = "Year", required = true, example = "2023", schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("year") String year,
            @Parameter(description = "City slug; repeatable") @QueryParam("city") List<String> city,
            @Parameter(description = "Federal district", schema = @Schema(implementation = FederalDistrict.class)) @QueryParam("district") String district,
            @Context HttpHeaders headers, @Context UriInfo uri) {
        return polling.answer(headers, uri, () -> service.coverage(new StatsFilter(null, city == null ? List.of() : city,
                Params.enumValue(FederalDistrict.class, "district", district), null, null), year("year", year)));
    }

    private static int year(String name, String raw) {
        int year = Params.requiredInteger(name, raw);
        ReportService.checkYear(name, year);
        return year;
    }

    private static int[] range(String from, String to) {
        int first = year("from", from);
        int last = year("to", to);
        if (first > last) {
            throw ProblemException.badRequest("from", "must not be after to (" + first + " > " + last + ")");
        }
        return new int[] { first, last };
    }

    private static int limit(String raw) {
        Integer limit = Params.integer("limit", raw);
        if (limit == null) {
            return 10;
        }
        if (limit < 1 || limit > 1000) {
            throw ProblemException.badRequest("limit", "must be between 1 and 1000");
        }
        return limit;
    }

    private static boolean bool(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return false;
        }
        if (!raw.equals("true") && !raw.equals("false")) {
            throw ProblemException.badRequest(name, "must be true or false");
        }
        return Boolean.parseBoolean(raw);
    }
}
