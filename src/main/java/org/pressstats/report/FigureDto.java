package org.pressstats.report;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A figure as the API shows it. No owner and no platform: the city's total for the metric. */
@Schema(name = "Figure", description = "One number of a report at the level the report gave it: "
        + "(metric, owner, platform) is unique within a report; no owner and no platform is the city's total")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FigureDto(
        @Schema(description = "Metric code from the catalog", examples = "subscribers", required = true)
        @NotNull @Size(max = 63) String metric,
        @Schema(description = "Whose accounts or work; absent: all owners together", examples = "MAYOR") Owner owner,
        @Schema(description = "Where it was counted; absent: all platforms together", examples = "TELEGRAM") Platform platform,
        @Schema(description = "The number, 0 to 10^13", examples = "3672", required = true)
        @NotNull @Min(0) @Max(FigureDto.MAX_VALUE) Long value,
        @Schema(description = "EXACT (default; a bare number), AT_LEAST («более», «свыше», «порог»), "
                + "APPROXIMATE («около», «порядка», «примерно»)", examples = "EXACT", defaultValue = "EXACT")
        Qualifier qualifier,
        @Schema(description = "For GROWTH metrics (required there, not allowed elsewhere): what the change is measured "
                + "against, a year (\"2021\") or a date (\"2023-01-01\")", examples = "2023-01-01")
        @Pattern(regexp = "^[0-9]{4}(-[0-9]{2}-[0-9]{2})?$", message = "must be a year (2021) or a date (2023-01-01)")
        String baseline,
        @Schema(description = "The report's own wording or context", examples = "Telegram-канал мэра")
        @Size(max = 2000) String note) {

    public static final long MAX_VALUE = 10_000_000_000_000L;

    /** The same figure with the default qualifier filled in. */
    public FigureDto normalized() {
        return qualifier != null ? this : new FigureDto(metric, owner, platform, value, Qualifier.EXACT, baseline, note);
    }

    static FigureDto of(Figure f) {
        return new FigureDto(f.metric, f.owner, f.platform, f.value, f.qualifier, f.baseline, f.note);
    }
}
