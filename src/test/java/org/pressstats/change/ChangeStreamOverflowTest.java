package org.pressstats.change;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;

import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.SseEventSink;

import org.jboss.resteasy.reactive.server.jaxrs.SseImpl;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The bound on a client that stopped reading, without a network: a sink whose sends never complete. */
class ChangeStreamOverflowTest {

    /** A client that reads nothing: every send stays pending, as when its socket is full. */
    static final class StuckSink implements SseEventSink {
        final List<OutboundSseEvent> sent = new ArrayList<>();
        boolean closed;

        @Override
        public boolean isClosed() {
            return closed;
        }

        @Override
        public CompletionStage<?> send(OutboundSseEvent event) {
            sent.add(event);
            return new CompletableFuture<>();
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    @Test
    void aClientWhoseSendsAllWaitGetsOverflowOnceTheWindowPassesItAndHoldsNoMore() {
        ChangeFeed feed = feed();
        StuckSink sink = new StuckSink();
        AtomicInteger overflows = new AtomicInteger();
        List<ChangeStream> closed = new ArrayList<>();
        ChangeStream stream = open(feed, sink, Duration.ZERO, closed, overflows);
        feed.append(events(1, 40));
        int inFlight = sink.sent.size();
        assertTrue(inFlight < 40, "sends in flight are bounded: " + inFlight);
        assertEquals(0, overflows.get(), "still within the window");

        feed.append(events(41, 200)); // the window (50) moves past the stuck client
        assertEquals(1, overflows.get());
        assertEquals("overflow", sink.sent.get(sink.sent.size() - 1).getName());
        assertTrue(sink.closed);
        assertEquals(List.of(stream), closed);
        assertEquals(inFlight + 1, sink.sent.size(), "nothing but the final event after the stall");
    }

    @Test
    void aClientBehindTheWindowThatStillReadsIsNotDropped() {
        ChangeFeed feed = feed();
        StuckSink sink = new StuckSink();
        AtomicInteger overflows = new AtomicInteger();
        open(feed, sink, Duration.ofHours(1), new ArrayList<>(), overflows);
        feed.append(events(1, 200));
        assertEquals(0, overflows.get(), "pending sends younger than the stall time are a client that reads, slowly");
        assertTrue(!sink.closed);
    }

    /** A feed that keeps the last 50 changes and starts after id 0. */
    private static ChangeFeed feed() {
        ChangeFeed feed = new ChangeFeed();
        feed.capacity = 50;
        feed.begin(0);
        return feed;
    }

    /** A stream of every change from id 0 that sends on the calling thread. */
    private static ChangeStream open(ChangeFeed feed, StuckSink sink, Duration stall, List<ChangeStream> closed, AtomicInteger overflows) {
        ChangeStream stream = new ChangeStream(sink, SseImpl.INSTANCE, new ObjectMapper().findAndRegisterModules(), feed,
                new ChangeStream.Filter(Set.of(), Set.of()), 0, stall, Runnable::run, closed::add, overflows::incrementAndGet);
        stream.open(3000);
        return stream;
    }

    private static List<ChangeEvent> events(long from, long to) {
        return LongStream.rangeClosed(from, to).mapToObj(id -> new ChangeEvent(id, "city", "c" + id, "CREATE", 1, id,
                Instant.parse("2026-12-01T00:00:00Z"))).toList();
    }
}
