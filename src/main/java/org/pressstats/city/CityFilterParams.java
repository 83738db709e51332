package org.pressstats.city;

import java.util.List;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.pressstats.common.Params;
import org.pressstats.common.ProblemException;

/** Which cities a question is about, as query parameters: the stats and the exports take these. */
public class CityFilterParams {

    @QueryParam("city")
    @Parameter(description = "City slug; repeatable")
    public List<String> city;

    @QueryParam("district")
    @Parameter(description = "Federal district", schema = @Schema(implementation = FederalDistrict.class))
    public String district;

    /** The district asked for, or null; 400 naming the parameter when it is not one. */
    public FederalDistrict district() {
        return Params.enumValue(FederalDistrict.class, "district", district);
    }

    /** The slugs given as {@code city} parameters, each checked; 400 naming {@code city} at the first that is not one. */
    public static List<String> slugs(List<String> values) {
        if (values == null) {
            return List.of();
        }
        for (String slug : values) {
            if (slug == null || !slug.matches(CityDto.SLUG)) {
                throw ProblemException.badRequest("city", "'" + slug + "' is not a valid slug");
            }
        }
        return values;
    }
}
