package org.pressstats.common;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
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
        String id = given != null && ACCEPTED.matcher(given).matches() ? given : newId();
        context.put(HEADER, id);
        context.response().putHeader(HEADER, id);
        if (enabled && !context.normalizedPath().startsWith("/q/")) {
            long start = System.nanoTime();
            context.addEndHandler(done -> {
                if (LOG.isInfoEnabled()) { // put together by hand: a format string is parsed again at every call
                    long tenths = (System.nanoTime() - start) / 100_000;
                    LOG.info("method=" + context.request().method() + " route=" + route(context) + " status="
                            + context.response().getStatusCode() + " duration_ms=" + tenths / 10 + "." + tenths % 10
                            + " request_id=" + id);
                }
            });
        }
        context.next();
    }

    /** A random (version 4) UUID; a request id needs no secure random, whose source is shared under a lock. */
    static String newId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = random.nextLong() & ~0xF000L | 0x4000L;
        long low = random.nextLong() & ~(0x3L << 62) | (0x2L << 62);
        return new UUID(high, low).toString();
    }

    private static String route(RoutingContext context) {
        Object template = ((HttpServerRequestInternal) context.request()).context().getLocal(TEMPLATE);
        if (template != null) {
            return template.toString();
        }
        return context.response().getStatusCode() == 404 ? "NOT_FOUND" : context.normalizedPath();
    }
}
