package org.pressstats.common;

import java.net.URI;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** An RFC 9457 problem detail, with the offending fields for validation errors. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem detail (media type application/problem+json)")
public record Problem(
        @Schema(description = "Stable identifier of the kind of problem", examples = "/problems/validation") URI type,
        @Schema(description = "Short summary of the kind of problem", examples = "Invalid request") String title,
        @Schema(description = "HTTP status code", examples = "400") int status,
        @Schema(description = "What was wrong in this request", examples = "figures[1].value: must be less than or equal to 10000000000000") String detail,
        @Schema(description = "The request path", examples = "/api/v1/cities/bratsk/reports/2023") URI instance,
        @Schema(description = "Each offending field, for validation problems") List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    @Schema(name = "FieldError")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FieldError(
            @Schema(description = "Where: a JSON path in the body, a query/path/header parameter name, or the column of an "
                    + "imported row", examples = "figures[1].value") String field,
            @Schema(examples = "must be less than or equal to 10000000000000") String message,
            @Schema(description = "For imports: the line of the file (CSV, NDJSON) or the row of the sheet (XLSX), from 1 "
                    + "for the header", examples = "12") Integer line,
            @Schema(description = "For imports: the value as the file gives it", examples = "3 415") String value) {

        public FieldError(String field, String message) {
            this(field, message, null, null);
        }
    }
}
