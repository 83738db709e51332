package org.pressstats.change;

import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.infrastructure.Infrastructure;

/**
 * One open stream: a position in the committed changes and a bounded number of sends in flight. It reads from the
 * feed's window, or from the history table while it is behind the window (a reconnect with an old Last-Event-ID, a
 * bulk import); a client that stopped reading (no send done for the stall time) while the window moved past it gets a
 * final {@code overflow} event and is closed, so that it holds neither memory nor anybody else up.
 */
final class ChangeStream {

    /** Which changes a stream wants; empty sets take all. */
    record Filter(Set<String> entities, Set<String> cities) {
        boolean accepts(ChangeEvent event) {
            return (entities.isEmpty() || entities.contains(event.entity()))
                    && (cities.isEmpty() || cities.contains(event.city()));
        }
    }

    // sends that may wait for the client at once; a page of history adds up to one page more
    private static final int IN_FLIGHT = 32;

    private final SseEventSink sink;
    private final Sse sse;
    private final ObjectMapper json;
    private final ChangeFeed feed;
    private final Filter filter;
    private final Consumer<ChangeStream> onClose;
    private final Executor loop;
    private final Runnable wake = this::schedule;
    private final Runnable onOverflow;

    private final long stallNanos;
    private long position;
    private long lastProgress = System.nanoTime();
    private int inFlight;
    private boolean readingHistory;
    private boolean pumping;
    private boolean again;
    private boolean closed;

    /** A stream whose sends all run on the loop: one thread writes to a connection, so events leave in order. */
    ChangeStream(SseEventSink sink, Sse sse, ObjectMapper json, ChangeFeed feed, Filter filter, long position,
            Duration stall, Executor loop, Consumer<ChangeStream> onClose, Runnable onOverflow) {
        this.loop = loop;
        this.onOverflow = onOverflow;
        this.stallNanos = stall.toNanos();
        this.sink = sink;
        this.sse = sse;
        this.json = json;
        this.feed = feed;
        this.filter = filter;
        this.position = position;
        this.onClose = onClose;
    }

    /** Opens the stream: the reconnect hint first, then everything after the position, then live changes. */
    void open(long retryMillis) {
        feed.onChange(wake);
        synchronized (this) { // on the request's thread: writes the response head before JAX-RS would, then the loop takes over
            send(sse.newEventBuilder().comment("press-stats changes").reconnectDelay(retryMillis).build());
        }
        schedule();
    }

    /** Asks for a round of sends on the stream's loop, from any thread. */
    void schedule() {
        loop.execute(this::pump);
    }

    /** Sends a keep-alive comment unless the client is still busy with earlier sends; retries a failed history read. */
    void keepAlive() {
        loop.execute(this::sendKeepAlive);
    }

    private synchronized void sendKeepAlive() {
        if (closed) {
            return;
        }
        if (sink.isClosed()) {
            close();
            return;
        }
        if (inFlight == 0) {
            send(sse.newEventBuilder().comment(feed.connected() ? "keep-alive" : "keep-alive; database unavailable, waiting").build());
        }
        pump();
    }

    /** Sends what the client can take now (on the loop); re-entered from send completions, which only ask for another round. */
    private synchronized void pump() {
        if (pumping) {
            again = true;
            return;
        }
        pumping = true;
        try {
            do {
                again = false;
                fill();
            } while (again);
        } finally {
            pumping = false;
        }
    }

    private void fill() {
        while (!closed && !readingHistory) {
            if (feed.behind(position)) {
                if (stalled()) { // checked before the in-flight limit: a client that stopped reading is the case it is for
                    overflow();
                } else if (inFlight < IN_FLIGHT) {
                    readHistory(); // behind, but reading: it catches up from the history table at its own pace
                }
                return;
            }
            if (inFlight >= IN_FLIGHT) {
                return;
            }
            List<ChangeEvent> events = feed.after(position, IN_FLIGHT - inFlight);
            if (events.isEmpty()) {
                return;
            }
            deliver(events);
        }
    }

    private void deliver(List<ChangeEvent> events) {
        for (ChangeEvent event : events) {
            position = event.id();
            if (filter.accepts(event)) {
                send(sse.newEventBuilder().id(Long.toString(event.id())).name(event.entity()).data(String.class, toJson(event)).build());
            }
        }
    }

    /** Sends pending and none done for the stall time: the client stopped reading (or its network did). */
    private boolean stalled() {
        return inFlight > 0 && System.nanoTime() - lastProgress > stallNanos;
    }

    private void readHistory() {
        readingHistory = true;
        Infrastructure.getDefaultWorkerPool().execute(() -> {
            List<ChangeEvent> page = null;
            try {
                page = feed.history(position);
            } catch (SQLException | RuntimeException e) {
                // the database is away: the next keep-alive tries again
            }
            List<ChangeEvent> read = page;
            loop.execute(() -> {
                synchronized (this) {
                    readingHistory = false;
                    if (read != null) {
                        deliver(read);
                        pump();
                    }
                }
            });
        });
    }

    private void overflow() {
        String detail = "{\"detail\":\"this client read too slowly and fell more than the buffer behind; reconnect with "
                + "Last-Event-ID to get every change since the last one received\"}";
        send(sse.newEventBuilder().name("overflow").data(String.class, detail).build());
        onOverflow.run();
        close();
    }

    private void send(OutboundSseEvent event) {
        if (closed) {
            return;
        }
        if (sink.isClosed()) { // the client has gone: sending would throw
            close();
            return;
        }
        inFlight++;
        sink.send(event).whenComplete((ignored, failure) -> {
            synchronized (this) {
                inFlight--;
                lastProgress = System.nanoTime();
                if (failure != null) {
                    close();
                    return;
                }
            }
            schedule();
        });
    }

    private String toJson(ChangeEvent event) {
        try {
            return json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a change event did not serialize", e);
        }
    }

    /** Ends the stream (the client left, overflowed, or the instance stops). */
    synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        feed.remove(wake);
        sink.close();
        onClose.accept(this);
    }
}
