package org.pressstats.audit;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonRawValue;

/** One entry of a change log with the whole representation before and after; JSON as stored, not re-parsed. */
@Schema(name = "Change", description = "One change with the record as the API showed it before and after "
        + "(`before` is null for a create, `after` is null for a delete)")
public record Change(
        @Schema(examples = "7") long id,
        @Schema(examples = "REPORT") EntityType entity,
        @Schema(examples = "bratsk/2023") String key,
        @Schema(examples = "2") int version,
        @Schema(examples = "REPLACE") Action action,
        @Schema(examples = "editor-bratsk") String actor,
        @Schema(examples = "2026-11-23T10:15:30Z") Instant at,
        @Schema(examples = "1") Integer restoredFrom,
        @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.OBJECT, nullable = true,
                description = "The record before the change, as GET returned it") @JsonRawValue String before,
        @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.OBJECT, nullable = true,
                description = "The record after the change, as GET returns it") @JsonRawValue String after) {

    ChangeSummary summary() {
        return new ChangeSummary(id, entity, key, version, action, actor, at, restoredFrom);
    }
}
