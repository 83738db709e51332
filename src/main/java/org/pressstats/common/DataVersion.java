package org.pressstats.common;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.agroal.api.AgroalDataSource;

/**
 * The data version row that every write bumps, read from the database for every stats request and every GET by
 * key (see {@link ReadCache}), so that a write on any replica shows in the very next answer. Requests
 * that arrive while a read is in flight share the next read, which starts after they arrived, so each still
 * sees every write committed before it came in, while the database sees one read per batch, not per request.
 */
@ApplicationScoped
public class DataVersion {

    /** The version and when it last changed. */
    public record State(long version, Instant changedAt) {
    }

    /** The statement that reads the version, for a caller that sends it in the same round trip as its own. */
    public static final String QUERY = "SELECT version, changed_at FROM data_version";

    @Inject
    AgroalDataSource dataSource;

    private final ExecutorService reader = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "data-version-reader");
        thread.setDaemon(true);
        return thread;
    });
    // the batch that waits for the next read; taken by the reader just before its read starts
    private final AtomicReference<CompletableFuture<State>> waiting = new AtomicReference<>();
    private final AtomicBoolean reading = new AtomicBoolean();
    private final AtomicLong latest = new AtomicLong(-1);

    /** The version from a read that starts after this call; completes on the reader thread. */
    public CompletableFuture<State> next() {
        CompletableFuture<State> batch = waiting.get();
        while (batch == null) { // lock-free: event loops must not queue behind each other or the reader
            CompletableFuture<State> mine = new CompletableFuture<>();
            batch = waiting.compareAndSet(null, mine) ? mine : waiting.get();
        }
        if (reading.compareAndSet(false, true)) {
            reader.execute(this::readBatches);
        }
        return batch;
    }

    /** The version from a read of its own, on the calling thread (which may block): for requests that go on to query. */
    public State readNow() {
        return read();
    }

    /** The version in the current row of a {@link #QUERY} its caller ran, recorded as read. */
    public State seen(ResultSet rs) throws SQLException {
        State state = new State(rs.getLong(1), rs.getTimestamp(2).toInstant());
        latest.accumulateAndGet(state.version(), Math::max);
        return state;
    }

    /** The newest version any read has returned so far (-1 before the first): every request that read one sees at least it. */
    public long latest() {
        return latest.get();
    }

    /** Reads for one waiting batch after another until nobody waits. */
    private void readBatches() {
        while (true) {
            CompletableFuture<State> batch = waiting.getAndSet(null);
            if (batch == null) {
                reading.set(false);
                // a batch may have come after the swap and before the flag was cleared: its caller saw the flag set
                if (waiting.get() == null || !reading.compareAndSet(false, true)) {
                    return;
                }
                continue;
            }
            try {
                batch.complete(read());
            } catch (RuntimeException e) {
                batch.completeExceptionally(e);
            }
        }
    }

    private State read() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(QUERY);
                ResultSet rs = query.executeQuery()) {
            rs.next();
            return seen(rs);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @PreDestroy
    void stop() {
        reader.shutdownNow();
    }
}
