package org.pressstats.report;

import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pressstats.city.CityDto;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The city-year record as the API shows it; read-only fields in a request body are ignored. */
@Schema(name = "Report", description = "One city's activity record for one year")
@JsonIgnoreProperties(value = { "cityName", "createdAt", "updatedAt", "version" }, allowGetters = true)
public record ReportDto(
        @Schema(description = "City slug; optional in PUT, must equal the path if given", examples = "bratsk")
        @Pattern(regexp = CityDto.SLUG, message = "is not a valid slug") String city,
        @Schema(description = "Year reported on, 1990 to next year; optional in PUT, must equal the path if given", examples = "2023")
        Integer year,
        @Schema(readOnly = true, description = "The city's name", examples = "Братск") String cityName,
        @Schema(description = "What was achieved in the year, verbatim prose") @Size(max = ReportDto.MAX_PROSE) String summary,
        @Schema(description = "Goals for the next year, verbatim prose") @Size(max = ReportDto.MAX_PROSE) String plans,
        @Schema(description = "Where the report came from: text or URL") @Size(max = 2000) String source,
        @Schema(description = "The figures, in the report's order") @Size(max = 1000) List<@Valid @NotNull FigureDto> figures,
        @Schema(description = "The highlights, in the report's order") @Size(max = 500) List<@Valid @NotNull HighlightDto> highlights,
        @Schema(readOnly = true) Instant createdAt,
        @Schema(readOnly = true) Instant updatedAt,
        @Schema(readOnly = true, description = "Increases with every change") Long version) {

    public static final int MAX_PROSE = 20_000;

    static ReportDto of(Report r) {
        return new ReportDto(r.city.slug, r.year, r.city.name, r.summary, r.plans, r.source,
                r.figures.stream().map(FigureDto::of).toList(),
                r.highlights.stream().map(HighlightDto::of).toList(),
                r.createdAt, r.updatedAt, r.version);
    }

    /** Figures and highlights with defaults filled in; null lists as empty. */
    ReportDto normalized() {
        return new ReportDto(city, year, cityName, summary, plans, source,
                figures == null ? List.of() : figures.stream().map(FigureDto::normalized).toList(),
                highlights == null ? List.of() : highlights.stream().map(HighlightDto::normalized).toList(),
                createdAt, updatedAt, version);
    }

    boolean sameContentAs(ReportDto other) {
        return java.util.Objects.equals(summary, other.summary) && java.util.Objects.equals(plans, other.plans)
                && java.util.Objects.equals(source, other.source)
                && figures.equals(other.figures) && highlights.equals(other.highlights);
    }
}
