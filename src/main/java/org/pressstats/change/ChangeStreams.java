package org.pressstats.change;

import java.sql.SQLException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseBroadcaster;
import jakarta.ws.rs.sse.SseEventSink;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.pressstats.common.ProblemException;
import org.pressstats.common.ProblemType;
import org.pressstats.common.Shutdown;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/** The open change streams of this instance: the limit on their number, their keep-alives, their end at shutdown. */
@ApplicationScoped
public class ChangeStreams {

    @Inject
    ChangeFeed feed;
    @Inject
    ObjectMapper json;
    @Inject
    Vertx vertx;

    @ConfigProperty(name = "press-stats.changes.max-clients", defaultValue = "1000")
    int maxClients;
    @ConfigProperty(name = "press-stats.changes.keep-alive", defaultValue = "15000")
    long keepAliveMillis;
    @ConfigProperty(name = "press-stats.changes.retry", defaultValue = "3000")
    long retryMillis;
    @ConfigProperty(name = "press-stats.changes.stall", defaultValue = "10S")
    Duration stall;

    private final Set<ChangeStream> open = ConcurrentHashMap.newKeySet();
    private final AtomicInteger count = new AtomicInteger();
    private Counter overflows;

    void start(@Observes StartupEvent event, MeterRegistry metrics) {
        metrics.gauge("press_stats_change_streams", count);
        overflows = metrics.counter("press_stats_change_stream_overflows");
        vertx.setPeriodic(keepAliveMillis, id -> open.forEach(ChangeStream::keepAlive));
        Shutdown.onStop(this::closeAll); // open streams would otherwise hold the graceful shutdown to its timeout
    }

    /** Opens a stream after the position (or after the newest change when position is null). */
    void open(SseEventSink sink, Sse sse, ChangeStream.Filter filter, Long position) {
        if (count.incrementAndGet() > maxClients) {
            count.decrementAndGet();
            throw new ProblemException(ProblemType.UNAVAILABLE, "this instance serves its limit of " + maxClients
                    + " change streams; try again later or another instance");
        }
        try {
            feed.start();
            // after what is committed now, not after what the feed has read so far
            position = position == null ? feed.lastCommitted() : position;
        } catch (SQLException e) {
            count.decrementAndGet();
            throw new ProblemException(ProblemType.UNAVAILABLE, "the database is not reachable; try again shortly");
        }
        ChangeStream stream = new ChangeStream(sink, sse, json, feed, filter, position, stall, onEventLoop(),
                this::closed, () -> overflows.increment());
        open.add(stream);
        SseBroadcaster disconnects = sse.newBroadcaster(); // the way JAX-RS tells that a client has gone
        disconnects.onClose(closed -> stream.close());
        disconnects.register(sink);
        stream.open(retryMillis);
    }

    /** The event loop of the request's connection, where Vert.x writes to it: called on the request's thread. */
    private static Executor onEventLoop() {
        Context context = Vertx.currentContext();
        if (context == null) {
            throw new IllegalStateException("a change stream opens on a request's thread");
        }
        return command -> context.runOnContext(ignored -> command.run());
    }

    private void closed(ChangeStream stream) {
        if (open.remove(stream)) {
            count.decrementAndGet();
        }
    }

    @PreDestroy
    void closeAll() {
        open.forEach(ChangeStream::close);
    }
}
