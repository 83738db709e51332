package org.pressstats.audit;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One entry of a change log, without the representations. */
@Schema(name = "ChangeSummary", description = "One change: who, when, what, and which version of the record it made")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChangeSummary(
        @Schema(description = "Position in the whole change log; GET /api/v1/audit/{id} gives the entry with its representations", examples = "7") long id,
        @Schema(examples = "REPORT") EntityType entity,
        @Schema(description = "City slug, `slug/year` of a report, or metric code", examples = "bratsk/2023") String key,
        @Schema(description = "Version of this record in its history: 1, 2, 3 … across deletes and re-creates", examples = "2") int version,
        @Schema(examples = "REPLACE") Action action,
        @Schema(description = "Subject (`sub`) of the token that made the change; `press-stats` for the sample data", examples = "editor-bratsk") String actor,
        @Schema(examples = "2026-11-23T10:15:30Z") Instant at,
        @Schema(description = "For RESTORE: the version that was written back", examples = "1") Integer restoredFrom) {
}
