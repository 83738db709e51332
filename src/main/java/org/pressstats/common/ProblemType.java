package org.pressstats.common;

import java.net.URI;

import io.vertx.core.json.JsonObject;

/** The stable problem types of this API; each is documented in the contract. */
public enum ProblemType {
    VALIDATION(400, "Invalid request"),
    MALFORMED(400, "Malformed request body"),
    UNAUTHORIZED(401, "Unauthorized"),
    FORBIDDEN(403, "Forbidden"),
    NOT_FOUND(404, "Not found"),
    METHOD_NOT_ALLOWED(405, "Method not allowed"),
    NOT_ACCEPTABLE(406, "Not acceptable"),
    CONFLICT(409, "Conflict"),
    PRECONDITION_FAILED(412, "Precondition failed"),
    PAYLOAD_TOO_LARGE(413, "Request body too large"),
    UNSUPPORTED_MEDIA_TYPE(415, "Unsupported media type"),
    UNPROCESSABLE(422, "Rule violated"),
    INTERNAL(500, "Internal error"),
    UNAVAILABLE(503, "Service unavailable");

    public final int status;
    public final String title;
    public final URI uri;

    ProblemType(int status, String title) {
        this.status = status;
        this.title = title;
        this.uri = URI.create("/problems/" + name().toLowerCase().replace('_', '-'));
    }

    /** A problem of this type as its JSON body, for the handlers that answer before JAX-RS (and its mappers) is reached. */
    public String body(String detail) {
        return new JsonObject().put("type", uri.toString()).put("title", title).put("status", status).put("detail", detail).encode();
    }
}
