package org.pressstats.common;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.function.Supplier;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * GET of one resource by key (a report, a city, a metric), answered from its serialized body when the data version
 * has not moved since it was read. The version is read for every request (one shared read for the requests waiting,
 * see {@link DataVersion}), so a write on any replica is seen by the very next read; entries of an older version are
 * dropped as soon as a newer one is seen. Bodies are kept deflated, least recently used out beyond the byte budget.
 */
@ApplicationScoped
public class ReadCache {

    /** A resource as read from the database: the DTO to serialize and its validator. */
    public record Representation(Object body, EntityTag tag) {
    }

    private record Entry(byte[] deflated, int length, String tag) {
    }

    private static final MediaType JSON_UTF8 = MediaType.valueOf(MediaType.APPLICATION_JSON + ";charset=UTF-8");
    private static final ThreadLocal<Inflater> INFLATERS = ThreadLocal.withInitial(() -> new Inflater(true));
    private static final ThreadLocal<Deflater> DEFLATERS = ThreadLocal.withInitial(() -> new Deflater(Deflater.BEST_SPEED, true));

    @ConfigProperty(name = "press-stats.read-cache.enabled", defaultValue = "true")
    boolean enabled;

    @ConfigProperty(name = "press-stats.read-cache.max-bytes", defaultValue = "64M")
    MemorySize maxBytes;

    @Inject
    DataVersion versions;

    @Inject
    ObjectMapper json;

    private final MeterRegistry registry;
    private final Counter hits;
    private final Counter misses;
    private long version = Long.MIN_VALUE;
    private long bytes;
    private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>(1024, 0.75f, true);

    @Inject
    public ReadCache(MeterRegistry registry) {
        this.registry = registry;
        hits = Counter.builder("press_stats_read_cache").tag("result", "hit").description("GETs by key answered from the cache").register(registry);
        misses = Counter.builder("press_stats_read_cache").tag("result", "miss").description("GETs by key read from the database").register(registry);
        Gauge.builder("press_stats_read_cache_bytes", this, ReadCache::size).description("Deflated bytes held").register(registry);
    }

    /**
     * 200 with the body, or 304 when `If-None-Match` names its tag. Runs on the event loop; {@code load} (which throws
     * the 404) runs on a worker thread, only on a miss.
     */
    public Uni<Response> get(String resource, String id, HttpHeaders headers, Supplier<Representation> load) {
        String ifNoneMatch = headers.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        Context context = Vertx.currentContext();
        if (!enabled) {
            return onWorker(() -> answer(resource, read(load), ifNoneMatch), context);
        }
        String key = resource + '/' + id;
        return Uni.createFrom().completionStage(versions.next())
                .emitOn(task -> context.runOnContext(ignored -> task.run()))
                .chain(state -> {
                    Entry cached = peek(state.version(), key);
                    if (cached != null) {
                        hits.increment();
                        return Uni.createFrom().item(answer(resource, cached, ifNoneMatch));
                    }
                    misses.increment();
                    return onWorker(() -> {
                        Read read = read(load);
                        put(state.version(), key, read);
                        return answer(resource, read, ifNoneMatch);
                    }, context);
                });
    }

    private static Uni<Response> onWorker(Supplier<Response> work, Context context) {
        return Uni.createFrom().item(work).runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .emitOn(task -> context.runOnContext(ignored -> task.run()));
    }

    /** A body just read: served as it is, kept deflated. */
    private record Read(byte[] body, String tag) {
    }

    private Read read(Supplier<Representation> load) {
        Representation representation = load.get();
        try {
            return new Read(json.writeValueAsBytes(representation.body()), "\"" + representation.tag().getValue() + "\"");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Response answer(String resource, Read read, String ifNoneMatch) {
        return answer(resource, read.tag(), read::body, ifNoneMatch);
    }

    private Response answer(String resource, Entry entry, String ifNoneMatch) {
        return answer(resource, entry.tag(), () -> inflate(entry), ifNoneMatch);
    }

    /** 304 when `If-None-Match` names the tag, else 200 with the body (inflated only then). */
    private Response answer(String resource, String tag, Supplier<byte[]> body, String ifNoneMatch) {
        if (ifNoneMatch != null && Preconditions.notModified(ifNoneMatch, null, tag, null)) {
            registry.counter("press_stats_not_modified", "resource", resource).increment();
            return Response.notModified().header(HttpHeaders.ETAG, tag).build();
        }
        return Response.ok(body.get(), JSON_UTF8).header(HttpHeaders.ETAG, tag).build();
    }

    private synchronized Entry peek(long dataVersion, String key) {
        return advanceTo(dataVersion) ? entries.get(key) : null;
    }

    /** Moves to a newer data version, dropping every entry of the older one; true when the cache is at this version. */
    private boolean advanceTo(long dataVersion) {
        if (dataVersion > version) {
            entries.clear();
            bytes = 0;
            version = dataVersion;
        }
        return dataVersion == version;
    }

    /** Keeps a body read at this version, unless a newer version has been seen since (it may be stale by then). */
    private void put(long dataVersion, String key, Read read) {
        Entry entry = new Entry(deflate(read.body()), read.body().length, read.tag());
        synchronized (this) {
            if (!advanceTo(dataVersion) || entry.deflated().length > maxBytes.asLongValue()) {
                return;
            }
            Entry replaced = entries.put(key, entry);
            bytes += entry.deflated().length - (replaced == null ? 0 : replaced.deflated().length);
            var eldest = entries.entrySet().iterator();
            while (bytes > maxBytes.asLongValue() && eldest.hasNext()) {
                bytes -= eldest.next().getValue().deflated().length;
                eldest.remove();
            }
        }
    }

    private synchronized double size() {
        return bytes;
    }

    private static byte[] deflate(byte[] body) {
        Deflater deflater = DEFLATERS.get();
        deflater.reset();
        deflater.setInput(body);
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 3 + 64);
        byte[] buffer = new byte[8192];
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        return out.toByteArray();
    }

    private static byte[] inflate(Entry entry) {
        Inflater inflater = INFLATERS.get();
        inflater.reset();
        inflater.setInput(entry.deflated());
        byte[] body = new byte[entry.length()];
        try {
            int done = 0;
            while (done < body.length) {
                int n = inflater.inflate(body, done, body.length - done);
                if (n == 0 && (inflater.finished() || inflater.needsInput())) {
                    throw new IllegalStateException("a cached body is shorter than recorded");
                }
                done += n;
            }
            return body;
        } catch (DataFormatException e) {
            throw new IllegalStateException(e);
        }
    }
}
