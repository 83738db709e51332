package org.pressstats.bulk;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** What an import changed, or with dryRun would change. */
@Schema(name = "ImportResult", description = "What an import changed (or, with dryRun, would change)")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ImportResult(
        @Schema(description = "The format read") BulkFormat format,
        @Schema(description = "true: nothing was written; the counts say what the import would change") boolean dryRun,
        @Schema(description = "Rows (CSV, XLSX) or lines (NDJSON) read, the header not counted", examples = "27") long rows,
        @Schema(description = "City-years (reports) created, replaced and left unchanged") Changes cityYears,
        @Schema(description = "Figures added to and removed from those reports") FigureChanges figures,
        @Schema(description = "Cities created, replaced and left unchanged (city imports)") Changes cities) {

    @Schema(name = "ImportChanges")
    public record Changes(@Schema(examples = "2") int created, @Schema(examples = "0") int replaced,
            @Schema(examples = "0") int unchanged) {
    }

    @Schema(name = "ImportFigureChanges")
    public record FigureChanges(@Schema(examples = "27") int added, @Schema(examples = "0") int removed) {
    }
}
