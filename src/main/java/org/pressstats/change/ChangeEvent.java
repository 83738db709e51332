package org.pressstats.change;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** One committed change as the stream sends it: what changed, not who changed it or how (see the history for that). */
@Schema(name = "ChangeEvent", description = "One committed change of a city, report or metric, as `data` of a change-stream event")
public record ChangeEvent(
        @JsonIgnore @Schema(hidden = true) long id,
        @Schema(description = "What changed", enumeration = { "city", "report", "metric" }, example = "report") String entity,
        @Schema(description = "Its key: a city slug, `city/year` for a report, a metric code", example = "bratsk/2023") String key,
        @Schema(description = "What was done", enumeration = { "CREATE", "REPLACE", "DELETE", "RESTORE" }, example = "REPLACE") String action,
        @Schema(description = "The record's version in its history after the change", example = "2") int version,
        @Schema(description = "The data version when the stream read the change: answers whose ETag carries this version or a later one include it",
                example = "17") long dataVersion,
        @Schema(description = "When the change was made", example = "2024-02-01T09:30:00Z") Instant at) {

    /** The city a change belongs to, or null for a metric. */
    @JsonIgnore
    String city() {
        return switch (entity) {
            case "city" -> key;
            case "report" -> key.substring(0, key.lastIndexOf('/'));
            default -> null;
        };
    }
}
