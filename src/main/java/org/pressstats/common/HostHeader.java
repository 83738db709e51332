package org.pressstats.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.ext.web.Router;

/**
 * RFC 9112 §3.2: an HTTP/1.1 request without a Host, or with one that is not a host and port, is a 400. Vert.x's
 * router refuses it before any route, and Quarkus would answer with its own JSON and an ERROR line; here that 400
 * is a problem like every other.
 */
@ApplicationScoped
public class HostHeader {

    private static final String PROBLEM = ProblemType.VALIDATION.body(
            "an HTTP/1.1 request needs one Host header holding a host name and, optionally, a port");

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(context -> {
            Throwable failure = context.failure();
            if (context.statusCode() == 400 && failure != null && failure.getMessage() != null
                    && failure.getMessage().contains("'Host' header")) {
                context.response().setStatusCode(400).putHeader("Content-Type", Problem.MEDIA_TYPE)
                        .putHeader("Connection", "close").end(PROBLEM);
                return;
            }
            context.next();
        });
    }
}
