package org.pressstats.change;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;

import io.agroal.api.AgroalDataSource;

/**
 * The committed changes this instance has seen, newest last: one thread LISTENs on its own connection (pgjdbc's
 * notification API, the driver the service already uses), and on every NOTIFY, on every reconnect and every few
 * seconds anyway reads the history after the last id it has. Streams read from this window; a stream that falls
 * behind it reads the history table instead, so no replica misses a change whoever wrote it.
 */
@ApplicationScoped
public class ChangeFeed {

    private static final Logger LOG = Logger.getLogger(ChangeFeed.class);
    static final String CHANNEL = "press_stats_changes";
    private static final String READ = "SELECT h.id, h.entity, h.entity_key, h.action, h.version, h.at, "
            + "(SELECT version FROM data_version) FROM history h WHERE h.id > ? ORDER BY h.id LIMIT ?";
    private static final int PAGE = 500;

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;
    @ConfigProperty(name = "quarkus.datasource.username")
    Optional<String> username;
    @ConfigProperty(name = "quarkus.datasource.password")
    Optional<String> password;
    @ConfigProperty(name = "press-stats.changes.window", defaultValue = "10000")
    int capacity;
    @ConfigProperty(name = "press-stats.changes.poll-interval", defaultValue = "5000")
    int pollMillis;

    private final ArrayDeque<ChangeEvent> window = new ArrayDeque<>();
    // every id up to here is known only to the history table (before this instance listened, or dropped from the window)
    private long forgotten = -1;
    private volatile boolean connected;
    private volatile boolean running = true;
    private final Set<Runnable> listeners = ConcurrentHashMap.newKeySet();
    private Thread thread;

    /** Starts listening: called by the first stream, so an instance nobody streams from keeps no connection. */
    synchronized void start() {
        if (thread == null && running) {
            thread = new Thread(this::listen, "change-feed");
            thread.setDaemon(true);
            thread.start();
        }
    }

    /** Whether the feed has its connection: while false, streams wait (with keep-alives) for the database. */
    boolean connected() {
        return connected;
    }

    void onChange(Runnable listener) {
        listeners.add(listener);
    }

    void remove(Runnable listener) {
        listeners.remove(listener);
    }

    /** Whether some change after the id is no longer in the window, so that a stream there must read the history table. */
    synchronized boolean behind(long id) {
        return id < forgotten;
    }

    /** Up to max events after the id from the window (which holds everything after it unless {@link #behind}). */
    synchronized List<ChangeEvent> after(long id, int max) {
        ArrayList<ChangeEvent> newer = new ArrayList<>();
        Iterator<ChangeEvent> newestFirst = window.descendingIterator(); // live streams are near the newest end
        while (newestFirst.hasNext()) {
            ChangeEvent event = newestFirst.next();
            if (event.id() <= id) {
                break;
            }
            newer.add(event);
        }
        Collections.reverse(newer);
        return newer.size() <= max ? newer : List.copyOf(newer.subList(0, max));
    }

    /** The newest id committed now, which the feed may not have read yet: where a stream without Last-Event-ID starts. */
    long lastCommitted() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT coalesce(max(id), 0) FROM history")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Reads a page of the history table after the id, for a stream behind the window (on a worker thread). */
    List<ChangeEvent> history(long id) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return read(connection, id);
        }
    }

    private void listen() {
        long backoff = 500;
        while (running) {
            try (Connection connection = DriverManager.getConnection(url, connectionProperties())) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL); // before the catch-up read, so nothing falls in between
                }
                connected = true;
                backoff = 500;
                catchUp(connection);
                PGConnection notifications = connection.unwrap(PGConnection.class);
                while (running) {
                    notifications.getNotifications(pollMillis); // an empty wait still reads: cheap, and proves the connection
                    catchUp(connection);
                }
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    LOG.warnf("Change feed lost its database connection (%s); reconnecting", e.getMessage());
                }
            } finally {
                connected = false;
            }
            try {
                Thread.sleep(backoff); // a database that is down is tried again, up to every 5 s
            } catch (InterruptedException e) {
                return;
            }
            backoff = Math.min(backoff * 2, 5000);
        }
    }

    private Properties connectionProperties() {
        Properties properties = new Properties();
        username.ifPresent(user -> properties.setProperty("user", user));
        password.ifPresent(secret -> properties.setProperty("password", secret));
        properties.setProperty("ApplicationName", "press-stats change feed");
        properties.setProperty("connectTimeout", "5");
        properties.setProperty("tcpKeepAlive", "true");
        // a database that stops answering is noticed at the next read, which comes at least every poll interval
        properties.setProperty("socketTimeout", Integer.toString(Math.max(10, pollMillis * 3 / 1000)));
        return properties;
    }

    private void catchUp(Connection connection) throws SQLException {
        boolean first;
        synchronized (this) {
            first = forgotten < 0;
        }
        if (first) {
            try (Statement statement = connection.createStatement();
                    ResultSet rs = statement.executeQuery("SELECT coalesce(max(id), 0) FROM history")) {
                rs.next();
                begin(rs.getLong(1));
            }
            return;
        }
        List<ChangeEvent> page;
        do {
            long last;
            synchronized (this) {
                last = window.isEmpty() ? forgotten : window.peekLast().id();
            }
            page = read(connection, last);
            append(page);
        } while (page.size() == PAGE);
    }

    /** Where history ended when the feed first connected: streams opened before, behind it, read the table. */
    void begin(long lastId) {
        synchronized (this) {
            forgotten = lastId;
        }
        listeners.forEach(Runnable::run);
    }

    /** Adds committed changes in id order, forgets the oldest beyond the window, and wakes the streams. */
    void append(List<ChangeEvent> events) {
        synchronized (this) {
            for (ChangeEvent event : events) {
                window.addLast(event);
                if (window.size() > capacity) {
                    forgotten = window.pollFirst().id();
                }
            }
        }
        if (!events.isEmpty()) {
            listeners.forEach(Runnable::run);
        }
    }

    private static List<ChangeEvent> read(Connection connection, long after) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(READ)) {
            query.setLong(1, after);
            query.setInt(2, PAGE);
            List<ChangeEvent> events = new ArrayList<>();
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    events.add(new ChangeEvent(rs.getLong(1), rs.getString(2).toLowerCase(Locale.ROOT), rs.getString(3),
                            rs.getString(4), rs.getInt(5), rs.getLong(7), rs.getTimestamp(6).toInstant()));
                }
            }
            return events;
        }
    }

    @PreDestroy
    void stop() {
        running = false;
        synchronized (this) {
            if (thread != null) {
                thread.interrupt();
            }
        }
    }
}
