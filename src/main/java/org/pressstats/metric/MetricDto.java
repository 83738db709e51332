package org.pressstats.metric;

import java.time.Instant;
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
        @Schema(readOnly = true) Instant createdAt,
        @Schema(readOnly = true) Instant updatedAt,
        @Schema(readOnly = true, description = "Increases with every change") Long version) {

    public static final String CODE = "^[a-z][a-z0-9_]{1,62}$";

    static MetricDto of(Metric m) {
        return new MetricDto(m.code, m.nameRu, m.nameEn, m.unit, m.kind, m.description, m.createdAt, m.updatedAt, m.version);
    }

    boolean sameContentAs(Metric m) {
        return nameRu.equals(m.nameRu) && nameEn.equals(m.nameEn) && unit.equals(m.unit) && kind == m.kind
                && Objects.equals(description, m.description);
    }
}
