package org.pressstats.stats;

import java.math.BigDecimal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pressstats.report.Qualifier;

/** A number with its precision: every aggregated number of the stats API is one of these. */
@Schema(name = "QualifiedNumber", description = "A number with its precision: EXACT, AT_LEAST or APPROXIMATE")
public record Qualified(
        @Schema(description = "The number (a decimal for means, ratios and percentages)", examples = "60716") BigDecimal value,
        @Schema(examples = "AT_LEAST") Qualifier qualifier) {

    /** An exact count or sum. */
    public static Qualified exact(long value) {
        return new Qualified(BigDecimal.valueOf(value), Qualifier.EXACT);
    }

    public static Qualified of(long value, Qualifier qualifier) {
        return new Qualified(BigDecimal.valueOf(value), qualifier);
    }
}
