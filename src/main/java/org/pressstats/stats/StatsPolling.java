package org.pressstats.stats;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.pressstats.common.AcceptHeader;
import org.pressstats.common.DataVersion;
import org.pressstats.common.Preconditions;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Vertx;

/**
 * How a stats answer is given: validators first (304 without computing), then the answers kept for the data version,
 * then the computation on a worker thread. Called on the event loop.
 */
@ApplicationScoped
public class StatsPolling {

    private static final MediaType CSV_UTF8 = MediaType.valueOf(Csv.TEXT_CSV + "; charset=UTF-8");
    private static final MediaType JSON_UTF8 = MediaType.valueOf(MediaType.APPLICATION_JSON + ";charset=UTF-8");

    @Inject
    StatsCache cache;

    @Inject
    DataVersion versions;

    @Inject
    RoundTrip roundTrip;

    @Inject
    ObjectMapper json;

    private final String cacheControl;
    private final Counter notModified;

    @Inject
    public StatsPolling(MeterRegistry registry, @ConfigProperty(name = "press-stats.stats.max-age", defaultValue = "5") int maxAge) {
        cacheControl = "max-age=" + maxAge;
        notModified = Counter.builder("press_stats_not_modified").description("304 answers served")
                .tag("resource", "stats").register(registry);
    }

    public Uni<Response> answer(HttpHeaders headers, UriInfo uri, Supplier<Object> compute) {
        boolean csv = wantsCsv(headers);
        String query = canonicalQuery(uri);
        String key = query + (csv ? "#csv" : "#json");
        String ifNoneMatch = headers.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        String ifModifiedSince = headers.getHeaderString(HttpHeaders.IF_MODIFIED_SINCE);
        io.vertx.core.Context context = Vertx.currentContext();
        Executor eventLoop = task -> context.runOnContext(ignored -> task.run());
        if (ifNoneMatch == null && ifModifiedSince == null && !cache.holds(key)) {
            // nothing to compare and nothing kept: the worker that computes reads the version itself, in the round
            // trip of the question's own statements, so the request crosses threads twice instead of four times and
            // the database once (the shared read pays off for polling, not here)
            return Uni.createFrom().item(() -> {
                RoundTrip.Versioned<Object> answer = roundTrip.versioned(compute);
                return computed(answer.state(), query, key, csv, answer::answer);
            }).runSubscriptionOn(Infrastructure.getDefaultWorkerPool()).emitOn(eventLoop);
        }
        return Uni.createFrom().completionStage(versions.next()).emitOn(eventLoop).chain(state -> {
            String tag = tag(state, query, csv);
            if (Preconditions.notModified(ifNoneMatch, ifModifiedSince, tag, state.changedAt())) {
                notModified.increment();
                return Uni.createFrom().item(headers(Response.notModified(), state, tag).build());
            }
            // the cache holds the serialized body, so a repeated question costs no serialization either
            byte[] cached = (byte[]) cache.peek(state.version(), key);
            if (cached != null) {
                return Uni.createFrom().item(headers(Response.ok(cached, csv ? CSV_UTF8 : JSON_UTF8), state, tag).build());
            }
            return Uni.createFrom().item(() -> computed(state, query, key, csv, compute))
                    .runSubscriptionOn(Infrastructure.getDefaultWorkerPool()).emitOn(eventLoop);
        });
    }

    private Response computed(DataVersion.State state, String query, String key, boolean csv, Supplier<Object> compute) {
        byte[] body = cache.get(state.version(), key, () -> serialize(compute.get(), csv));
        return headers(Response.ok(body, csv ? CSV_UTF8 : JSON_UTF8), state, tag(state, query, csv)).build();
    }

    private static String tag(DataVersion.State state, String query, boolean csv) {
        return "\"" + Long.toString(state.version(), 36) + "-" + Integer.toHexString(query.hashCode())
                + (csv ? "-csv" : "-json") + "\"";
    }

    private byte[] serialize(Object answer, boolean csv) {
        try {
            return csv ? Csv.toBytes((CsvTable) answer) : json.writeValueAsBytes(answer);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Response.ResponseBuilder headers(Response.ResponseBuilder response, DataVersion.State state, String tag) {
        String lastModified = DateTimeFormatter.RFC_1123_DATE_TIME.format(
                state.changedAt().truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC));
        return response.header(HttpHeaders.ETAG, tag).header(HttpHeaders.LAST_MODIFIED, lastModified)
                .header(HttpHeaders.CACHE_CONTROL, cacheControl).header(HttpHeaders.VARY, "Accept");
    }

    private static boolean wantsCsv(HttpHeaders headers) {
        for (MediaType type : AcceptHeader.mediaTypes(headers)) {
            if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
            if (type.getType().equals("text") && type.getSubtype().equals("csv")) {
                return true;
            }
        }
        return false;
    }

    /** The path and the query parameters in a fixed order, so that equal questions share a cache entry. */
    private static String canonicalQuery(UriInfo uri) {
        Map<String, List<String>> sorted = new TreeMap<>(uri.getQueryParameters());
        return uri.getPath() + "?" + sorted;
    }
}
