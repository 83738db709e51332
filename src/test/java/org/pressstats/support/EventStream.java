package org.pressstats.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A Server-Sent Events client for tests: parses the stream on its own thread into events and comments. */
public final class EventStream implements AutoCloseable {

    /** One dispatched event, or a comment line (name "comment"), or the end of the stream (name "end"). */
    public record Event(String id, String name, String data, Integer retry) {
    }

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    public final HttpResponse<InputStream> response;
    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final Thread reader;

    private EventStream(HttpResponse<InputStream> response) {
        this.response = response;
        this.reader = new Thread(this::read, "event-stream");
        reader.setDaemon(true);
        if (response.statusCode() == 200) {
            reader.start();
        }
    }

    /** Opens {@code base + path} with these request headers (Accept: text/event-stream unless given). */
    public static EventStream open(String url, Map<String, String> headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/event-stream");
        headers.forEach(request::setHeader);
        return new EventStream(HTTP.send(request.build(), HttpResponse.BodyHandlers.ofInputStream()));
    }

    /** Waits for the opening lines (a comment and the reconnect delay) and returns the delay in milliseconds. */
    public int awaitOpen(Duration timeout) throws InterruptedException {
        while (true) {
            Event event = nextAny(timeout);
            if (event.retry() != null) {
                return event.retry();
            }
        }
    }

    /** The next event with data, or fails after the timeout or at the end of the stream. */
    public Event next(Duration timeout) throws InterruptedException {
        long until = System.nanoTime() + timeout.toNanos();
        while (true) {
            Event event = events.poll(Math.max(0, until - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (event == null) {
                throw new AssertionError("no event within " + timeout);
            }
            if (event.name().equals("end")) {
                throw new AssertionError("the stream ended");
            }
            if (!event.name().equals("comment") && event.data() != null) { // nor the reconnect delay alone
                return event;
            }
        }
    }

    /** The next line or event as it came, comments included. */
    public Event nextAny(Duration timeout) throws InterruptedException {
        Event event = events.poll(timeout.toNanos(), TimeUnit.NANOSECONDS);
        if (event == null) {
            throw new AssertionError("nothing within " + timeout);
        }
        return event;
    }

    /** Events already received, without waiting. */
    public List<Event> drained() {
        List<Event> all = new ArrayList<>();
        events.drainTo(all);
        return all;
    }

    private void read() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            String id = null;
            String name = null;
            Integer retry = null;
            StringBuilder data = null;
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.isEmpty()) {
                    if (data != null || retry != null) {
                        events.add(new Event(id, name == null ? "message" : name, data == null ? null : data.toString(), retry));
                    }
                    id = null;
                    name = null;
                    retry = null;
                    data = null;
                } else if (line.startsWith(":")) {
                    events.add(new Event(null, "comment", line.substring(1).strip(), null));
                } else {
                    int colon = line.indexOf(':');
                    String field = colon < 0 ? line : line.substring(0, colon);
                    String value = colon < 0 ? "" : line.substring(colon + 1).replaceFirst("^ ", "");
                    switch (field) {
                        case "id" -> id = value;
                        case "event" -> name = value;
                        case "retry" -> retry = Integer.valueOf(value);
                        case "data" -> data = data == null ? new StringBuilder(value) : data.append('\n').append(value);
                        default -> { }
                    }
                }
            }
        } catch (IOException e) {
            // closed by us or by the server: the end below tells
        }
        events.add(new Event(null, "end", null, null));
    }

    @Override
    public void close() throws IOException {
        response.body().close();
    }
}
