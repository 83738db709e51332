package org.pressstats.common;

import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.vertx.core.http.impl.HttpServerRequestInternal;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/** One log line per request (method, route template, status, duration, request id); X-Request-Id taken or made, and echoed. */
@ApplicationScoped
public class RequestLog {

    public static final String HEADER = "X-Request-Id";
    public static final String CATEGORY = "org.pressstats.requests";
    private static final Logger LOG = Logger.getLogger(CATEGORY);
    // a caller's id is kept only if it cannot forge log lines or headers
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:-]{1,128}");
    // set by Quarkus REST for the metrics on the request's Vert.x context: the matched template, e.g. /api/v1/cities/{slug}
    private static final String TEMPLATE = "UrlPathTemplate";

    @ConfigProperty(name = "press-stats.request-log.enabled", defaultValue = "true")
    boolean enabled;

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1).handler(this::handle);
    }

    private void handle(RoutingContext context) {
        String given = context.request().getHeader(HEADER);
        String id = given != null && ACCEPTED.matcher(given).matches() ? given : UUID.randomUUID().toString();
        context.put(HEADER, id);
        context.response().putHeader(HEADER, id);
        if (enabled && !context.normalizedPath().startsWith("/q/")) {
            long start = System.nanoTime();
            context.addEndHandler(done -> LOG.infof("method=%s route=%s status=%d duration_ms=%.1f request_id=%s",
                    context.request().method(), route(context), context.response().getStatusCode(),
                    (System.nanoTime() - start) / 1e6, id));
        }
        context.next();
    }

    private static String route(RoutingContext context) {
        Object template = ((HttpServerRequestInternal) context.request()).context().getLocal(TEMPLATE);
        if (template != null) {
            return template.toString();
        }
        return context.response().getStatusCode() == 404 ? "NOT_FOUND" : context.normalizedPath();
    }
}
