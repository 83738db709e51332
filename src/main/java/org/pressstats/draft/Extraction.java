package org.pressstats.draft;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pressstats.report.FigureDto;
import org.pressstats.report.HighlightDto;

/**
 * What the extractor read from a narrative: the two sections, the figures with their evidence, the highlights,
 * the numbers it left out and why, and what the reader should check.
 */
record Extraction(String cityLine, Integer year, String yearFrom, String summary, String plans, String source,
        List<FigureDto> figures, List<HighlightDto> highlights, List<Evidence> evidence, List<Unplaced> unplaced,
        List<String> warnings) {

    /** The words behind a figure: {@code text.substring(start, end)} equals {@code quote}. */
    @Schema(name = "DraftEvidence", description = "The words a figure was read from; `text.substring(start, end)` equals `quote` "
            + "(offsets in UTF-16 code units of the submitted text)")
    public record Evidence(
            @Schema(description = "Index of the figure in `draft.figures`", examples = "0") int figure,
            @Schema(examples = "1 530 пресс-релизов") String quote,
            @Schema(examples = "99") int start,
            @Schema(examples = "116") int end) {
    }

    /** A number of the text that did not become a figure, and why. */
    @Schema(name = "DraftUnplaced", description = "A number of the text that is not a figure of the draft, and why")
    public record Unplaced(
            @Schema(examples = "2023") String quote,
            @Schema(examples = "3") int start,
            @Schema(examples = "7") int end,
            @Schema(description = "Why it is not a figure") Reason reason,
            @Schema(examples = "a year") String detail) {
    }
}
