package org.pressstats.metric;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A metric of the catalog; read-only fields in a request body are ignored. */
@Schema(name = "Metric", description = "A kind of figure that reports may give")
@JsonIgnoreProperties(value = { "createdAt", "updatedAt", "version" }, allowGetters = true)
public record MetricDto(
        @Schema(description = "Code used by figures; immutable; optional in PUT (taken from the path)", examples = "subscribers")
        @Pattern(regexp = MetricDto.CODE, message = "must be 2-63 characters: a lower-case Latin letter, then letters, digits or '_'")
        String code,
        @Schema(description = "Name in Russian", examples = "Подписчики", required = true) @NotBlank @Size(max = 200) String nameRu,
        @Schema(description = "Name in English", examples = "Subscribers", required = true) @NotBlank @Size(max = 200) String nameEn,
        @Schema(description = "Unit label", examples = "подписчиков", required = true) @NotBlank @Size(max = 50) String unit,
        @Schema(description = "FLOW adds up over cities and years; STOCK over cities and accounts, never years; "
                + "GROWTH is a change against a baseline. Cannot change while figures use the metric.",
                examples = "STOCK", required = true) @NotNull MetricKind kind,
        @Schema(examples = "Subscribers at the end of the year.") @Size(max = 2000) String description,
        @Schema(description = "Russian words that name the metric in narrative reports, for `POST /api/v1/drafts`: a phrase "
                + "matches where all its words (in any form) stand together in one part of a sentence; a phrase of more words "
                + "is the more specific match. Absent: none.", examples = "[\"подписчик\", \"аудитория\"]")
        @Size(max = 100) List<@NotBlank @Size(max = 100) String> keywords,
        @Schema(description = "The levels below the city's total that reports give the metric at: OWNER (whose accounts), "
                + "PLATFORM (which network). The draft extractor assigns only these. Absent: none.",
                examples = "[\"OWNER\", \"PLATFORM\"]")
        @Size(max = 2) List<@NotNull MetricLevel> levels,
        @Schema(readOnly = true) Instant createdAt,
        @Schema(readOnly = true) Instant updatedAt,
        @Schema(readOnly = true, description = "Increases with every change") Long version) {

    public static final String CODE = "^[a-z][a-z0-9_]{1,62}$";

    static MetricDto of(Metric m) {
        return new MetricDto(m.code, m.nameRu, m.nameEn, m.unit, m.kind, m.description, List.of(m.keywords),
                Arrays.stream(m.levels).map(MetricLevel::valueOf).toList(), m.createdAt, m.updatedAt, m.version);
    }

    /** Keywords and levels as stored: absent is none, levels once each in their natural order. */
    List<String> keywordList() {
        return keywords == null ? List.of() : List.copyOf(keywords);
    }

    List<MetricLevel> levelList() {
        return levels == null ? List.of() : levels.stream().distinct().sorted().toList();
    }

    boolean sameContentAs(Metric m) {
        return nameRu.equals(m.nameRu) && nameEn.equals(m.nameEn) && unit.equals(m.unit) && kind == m.kind
                && Objects.equals(description, m.description) && keywordList().equals(List.of(m.keywords))
                && levelList().equals(Arrays.stream(m.levels).map(MetricLevel::valueOf).toList());
    }
}
