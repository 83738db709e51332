package org.pressstats.draft;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pressstats.report.ReportDto;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A draft report read from a narrative, with the evidence for each figure and the numbers left out. */
@Schema(name = "Draft", description = "A draft report read from a narrative: check it, then PUT `draft` to "
        + "/api/v1/cities/{city}/reports/{year}")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DraftAnswer(
        @Schema(description = "The city's slug: as given in `?city=`, or the slug of the city the first line names", examples = "bratsk")
        String city,
        @Schema(description = "The city's name: from the catalog when the city exists, else as the first line gives it", examples = "Братск")
        String cityName,
        @Schema(description = "Whether a city with this slug exists; if not, create it (PUT /api/v1/cities/{city}) before the report")
        boolean cityExists,
        @Schema(description = "Where the city came from") Found cityFrom,
        @Schema(description = "The year reported on", examples = "2023") Integer year,
        @Schema(description = "Where the year came from") Found yearFrom,
        @Schema(description = "The report as a PUT to /api/v1/cities/{city}/reports/{year} takes it; read-only fields are null")
        ReportDto draft,
        @Schema(description = "For each figure of `draft.figures`, the words it was read from") List<Extraction.Evidence> evidence,
        @Schema(description = "Every other number of the text and why it is not a figure") List<Extraction.Unplaced> unplaced,
        @Schema(description = "What a reviewer should check: how the city and year were found, missing sections, doubts")
        List<String> warnings,
        @Schema(description = "The text read from an uploaded file, which the offsets refer to; absent when the body was text")
        String text) {

    /** Where the city or the year of a draft came from. */
    @Schema(name = "DraftSource")
    public enum Found {
        /** Given in the query. */
        QUERY,
        /** Read from the text: the first line, the headings. */
        TEXT,
        /** Neither: give it in the query. */
        NONE
    }
}
