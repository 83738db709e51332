package org.pressstats.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.ext.web.Router;

/**
 * A ';' in the query string is an ordinary character of a value, as for caches, proxies and browsers: the decoder
 * underneath splits on it as if it were '&', which reads {@code a=1;b=2} as two parameters where everyone else sees
 * one (parameter cloaking, cf. CVE-2021-23336). Such a request is routed again with each ';' percent-encoded.
 */
@ApplicationScoped
public class QueryStrings {

    void register(@Observes Router router) {
        // after the shutdown guard and the request log, before anything reads a parameter
        router.route().order(Integer.MIN_VALUE + 2).handler(context -> {
            String query = context.request().query();
            if (query != null && query.indexOf(';') >= 0) {
                context.reroute(context.request().method(), context.request().path() + "?" + query.replace(";", "%3B"));
                return;
            }
            context.next();
        });
    }
}
