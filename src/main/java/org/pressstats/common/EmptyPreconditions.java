package org.pressstats.common;

import java.util.List;

import jakarta.ws.rs.core.HttpHeaders;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.vertx.core.http.HttpServerRequest;

/**
 * An If-Match or If-None-Match that is there but empty is a 400: parameter injection hands it on as absent, and an
 * empty If-Match must never let a write through as if the client had sent no precondition.
 */
public class EmptyPreconditions {

    @ServerRequestFilter(preMatching = true)
    public void refuseEmpty(HttpServerRequest request) {
        for (String header : List.of(HttpHeaders.IF_MATCH, HttpHeaders.IF_NONE_MATCH)) {
            List<String> values = request.headers().getAll(header);
            if (values.stream().anyMatch(String::isBlank)) {
                throw ProblemException.badRequest(header, "is empty; send * or entity tags such as \"m3c7k2-2\", or leave it out");
            }
        }
    }
}
