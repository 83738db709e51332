package org.pressstats.report;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

@Schema(name = "Highlight", description = "An event covered, a special project, a publication or a milestone")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HighlightDto(
        @Schema(examples = "PUBLICATION", required = true) @NotNull HighlightKind kind,
        @Schema(examples = "Журнал «Братская пятилетка»", required = true) @NotBlank @Size(max = 500) String title,
        @Schema(examples = "Выпущен журнал «Братская пятилетка»") @Size(max = 5000) String details,
        @Schema(description = "A count that goes with it, e.g. a print run", examples = "1000") @Min(0) Long quantity,
        @Schema(description = "Unit of the quantity; only with a quantity", examples = "экземпляров") @Size(max = 50) String unit,
        @Schema(description = "Done for the first time this year", defaultValue = "false") Boolean firstTime) {

    public HighlightDto normalized() {
        return firstTime != null ? this : new HighlightDto(kind, title, details, quantity, unit, false);
    }

    static HighlightDto of(Highlight h) {
        return new HighlightDto(h.kind, h.title, h.details, h.quantity, h.unit, h.firstTime);
    }
}
