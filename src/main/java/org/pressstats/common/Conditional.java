package org.pressstats.common;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import io.micrometer.core.instrument.Metrics;

/** GET with a validator: 304 when the client's copy is current, else 200 with the tag. */
public final class Conditional {

    private Conditional() {
    }

    public static Response ok(Request request, Object entity, EntityTag tag) {
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            Metrics.counter("press_stats_not_modified", "resource", resource(entity)).increment();
            return notModified.tag(tag).build();
        }
        return Response.ok(entity).tag(tag).build();
    }

    /** city, report, metric: from the DTO's name. */
    private static String resource(Object entity) {
        return entity.getClass().getSimpleName().replace("Dto", "").toLowerCase(java.util.Locale.ROOT);
    }
}
