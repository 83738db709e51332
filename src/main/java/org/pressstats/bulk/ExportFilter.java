package org.pressstats.bulk;

import java.util.List;
import java.util.stream.Collectors;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.pressstats.city.CityFilterParams;
import org.pressstats.city.FederalDistrict;
import org.pressstats.common.Params;
import org.pressstats.common.ProblemException;
import org.pressstats.metric.MetricDto;

/** The filters of an export, as the stats take them (the cities: see the superclass); each value checked before it reaches SQL. */
public class ExportFilter extends CityFilterParams {

    @QueryParam("year")
    @Parameter(description = "Only this year", schema = @Schema(type = SchemaType.INTEGER))
    public String year;

    @QueryParam("from")
    @Parameter(description = "From this year on", schema = @Schema(type = SchemaType.INTEGER))
    public String from;

    @QueryParam("to")
    @Parameter(description = "Up to this year", schema = @Schema(type = SchemaType.INTEGER))
    public String to;

    @QueryParam("metric")
    @Parameter(description = "Only figures of this metric (NDJSON: reports that have it)", example = "subscribers")
    public String metric;

    /** The SQL condition on report r, city c (and figure f when {@code figures}); 400 naming a bad parameter. */
    String where(boolean figures) {
        StringBuilder where = new StringBuilder("true");
        List<String> slugs = slugs(city);
        if (!slugs.isEmpty()) {
            where.append(" AND c.slug IN (").append(slugs.stream().map(s -> "'" + s + "'").collect(Collectors.joining(", "))).append(")");
        }
        FederalDistrict d = district();
        if (d != null) {
            where.append(" AND c.federal_district = '").append(d.name()).append("'");
        }
        year(where, "year", year, " = ");
        year(where, "from", from, " >= ");
        year(where, "to", to, " <= ");
        if (metric != null && !metric.isEmpty()) {
            if (!metric.matches(MetricDto.CODE)) {
                throw ProblemException.badRequest("metric", "'" + metric + "' is not a metric code");
            }
            where.append(figures ? " AND f.metric = '" + metric + "'"
                    : " AND EXISTS (SELECT 1 FROM figure m WHERE m.report_id = r.id AND m.metric = '" + metric + "')");
        }
        return where.toString();
    }

    /** What the filter selects, for the ETag: the same question gets the same tag. */
    String key() {
        return String.join("|", String.valueOf(city), String.valueOf(district), String.valueOf(year), String.valueOf(from),
                String.valueOf(to), String.valueOf(metric));
    }

    private static void year(StringBuilder where, String name, String raw, String op) {
        Integer value = Params.integer(name, raw);
        if (value != null) {
            where.append(" AND r.year").append(op).append(value.intValue());
        }
    }
}
