package org.pressstats.common;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

/** GET with a validator: 304 when the client's copy is current, else 200 with the tag. */
public final class Conditional {

    private Conditional() {
    }

    public static Response ok(Request request, Object entity, EntityTag tag) {
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.tag(tag).build();
        }
        return Response.ok(entity).tag(tag).build();
    }
}
