package org.pressstats.common;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.vertx.core.http.HttpServerRequest;

/** PostgreSQL cannot store or compare U+0000 in text: a parameter with it is a 400 naming it, before any query runs. */
public class ParameterText {

    private static final String NUL = "must not contain the NUL character (U+0000)";

    @ServerRequestFilter(preMatching = true)
    public void refuseNul(HttpServerRequest request, UriInfo uri) {
        String raw = request.uri();
        if (raw.indexOf('\u0000') < 0 && !raw.contains("%00")) {
            return; // nothing decodes to U+0000: the parameters need not be decoded here
        }
        if (uri.getPath().indexOf('\u0000') >= 0) {
            throw ProblemException.badRequest("path", NUL);
        }
        for (Map.Entry<String, List<String>> parameter : uri.getQueryParameters().entrySet()) {
            boolean nul = parameter.getKey().indexOf('\u0000') >= 0
                    || parameter.getValue().stream().anyMatch(value -> value != null && value.indexOf('\u0000') >= 0);
            if (nul) {
                throw ProblemException.badRequest(parameter.getKey().replace('\u0000', '?'), NUL);
            }
        }
    }
}
