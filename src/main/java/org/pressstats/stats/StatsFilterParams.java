package org.pressstats.stats;

import java.util.List;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.pressstats.city.CityFilterParams;
import org.pressstats.common.Params;
import org.pressstats.report.Owner;
import org.pressstats.report.Platform;

/** The filters every stats question takes, as query parameters: the cities (see the superclass), owner, platform. */
public class StatsFilterParams extends CityFilterParams {

    @QueryParam("owner")
    @Parameter(description = "Only this owner's figures", schema = @Schema(implementation = Owner.class))
    public String owner;

    @QueryParam("platform")
    @Parameter(description = "Only this platform's figures", schema = @Schema(implementation = Platform.class))
    public String platform;

    /** The filter for {@code metric}; 400 naming the parameter when a value is not one of the allowed. */
    StatsFilter toFilter(String metric) {
        return new StatsFilter(metric, city == null ? List.of() : city,
                district(),
                Params.enumValue(Owner.class, "owner", owner), Params.enumValue(Platform.class, "platform", platform));
    }
}
