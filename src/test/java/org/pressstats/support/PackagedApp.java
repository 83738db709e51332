package org.pressstats.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The packaged service as a separate process, started as the image starts it: from its folder (target/quarkus-app)
 * with the shipped jvm.options and, once AotTrainingIT has written it, the AOT cache; configured by environment only.
 */
public final class PackagedApp implements AutoCloseable {

    public static final Path FOLDER = Path.of("target/quarkus-app");

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static final Pattern LISTENING = Pattern.compile("Listening on: https?://\\S+:(\\d+)");
    /** Lines that name why a start failed: ERROR records, exceptions and their causes, the JVM's messages and crash banner. */
    private static final Pattern CAUSE = Pattern.compile(" ERROR \\[|^Caused by: |^[\\w.$]+(Exception|Error): |^Error: |^# [A-Z]");
    private static final int CAUSES = 8;
    private static final int TAIL = 20;

    private final Process process;
    private final Path log;
    private final CompletableFuture<Integer> listening = new CompletableFuture<>();

    private PackagedApp(String name, String jdbcUrl, Map<String, String> extraEnv, List<String> jvmOptions) throws IOException {
        if (!Files.isRegularFile(FOLDER.resolve("quarkus-run.jar"))) {
            throw new IllegalStateException(FOLDER + " is missing: the integration tests run after `./mvnw package`");
        }
        List<String> command = new ArrayList<>(List.of(java(), "@jvm.options")); // the JVM settings the project ships
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", "quarkus-run.jar"));
        ProcessBuilder builder = new ProcessBuilder(command).directory(FOLDER.toFile()).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(key -> key.startsWith("QUARKUS_") || key.startsWith("PRESS_STATS_") || key.startsWith("MP_JWT_"));
        env.putAll(Map.of(
                "QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl,
                "QUARKUS_DATASOURCE_USERNAME", "postgres",
                "QUARKUS_HTTP_PORT", "0", // the kernel's pick at bind: a port probed beforehand may be taken meanwhile
                "MP_JWT_VERIFY_PUBLICKEY_LOCATION", Tokens.publicKeyFile().toString(),
                "MP_JWT_VERIFY_ISSUER", Tokens.ISSUER));
        env.putAll(extraEnv);
        process = builder.start();
        log = Path.of("target/it-logs/" + name + ".log");
        Files.createDirectories(log.getParent());
        Thread reader = new Thread(this::copyOutput, name + "-output");
        reader.setDaemon(true);
        reader.start();
        listening.orTimeout(120, TimeUnit.SECONDS); // a start that hangs fails its test instead of blocking the build
    }

    /** Starts the jar, with the AOT cache when there is one; {@link #awaitListening()} tells when it serves. */
    public static PackagedApp start(String name, String jdbcUrl, Map<String, String> extraEnv) {
        return start(name, jdbcUrl, extraEnv, Files.isRegularFile(FOLDER.resolve("app.aot")) ? List.of("-XX:AOTCache=app.aot") : List.of());
    }

    /** Starts the jar with these JVM options after the shipped ones. */
    public static PackagedApp start(String name, String jdbcUrl, Map<String, String> extraEnv, List<String> jvmOptions) {
        try {
            return new PackagedApp(name, jdbcUrl, extraEnv, jvmOptions);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The java of this test JVM: the JDK the build runs on, which an AOT cache must match. */
    public static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    public static PackagedApp start(String name, String jdbcUrl) {
        return start(name, jdbcUrl, new HashMap<>());
    }

    /** Blocks until Quarkus prints that it listens (no polling); fails if the process ends first or 120 s after its start. */
    public PackagedApp awaitListening() {
        listening.join();
        return this;
    }

    /** The port the service listens on, as it printed it; waits for that line. */
    public int port() {
        return listening.join();
    }

    public HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<byte[]> sendForBytes(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HTTP.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    public CompletableFuture<HttpResponse<String>> sendAsync(HttpRequest.Builder request) {
        return HTTP.sendAsync(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port() + path));
    }

    /** SIGTERM, as an orchestrator stops a container (through the handle: Process.destroy would also close the output). */
    public void terminate() {
        process.toHandle().destroy();
    }

    public int awaitExit() throws InterruptedException {
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("the service did not exit within 60 s of SIGTERM");
        }
        return process.exitValue();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }

    private void copyOutput() {
        List<String> causes = new ArrayList<>();
        Deque<String> tail = new ArrayDeque<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
                PrintWriter file = new PrintWriter(Files.newBufferedWriter(log, StandardCharsets.UTF_8), true)) {
            String line;
            while ((line = out.readLine()) != null) {
                file.println(line);
                if (!listening.isDone()) {
                    remember(causes, tail, line);
                    Matcher port = LISTENING.matcher(line);
                    if (port.find()) {
                        listening.complete(Integer.valueOf(port.group(1)));
                    }
                }
            }
            file.println("[press-stats process ended]");
        } catch (IOException | RuntimeException e) {
            listening.completeExceptionally(e);
            e.printStackTrace();
        }
        if (!listening.isDone()) { // the log file stays in the build folder; the test report is all a CI run shows
            listening.completeExceptionally(new IllegalStateException("the service ended before listening, " + exit() + " (" + log
                    + ")\nfirst errors:\n" + String.join("\n", causes) + "\nlast lines:\n" + String.join("\n", tail)));
        }
    }

    /** How the process ended: 137 is a SIGKILL (the OOM killer's), 143 a SIGTERM, 134 a JVM crash. */
    private String exit() {
        try {
            return process.waitFor(10, TimeUnit.SECONDS) ? "exit code " + process.exitValue() : "its output closed";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "exit code unknown";
        }
    }

    private static void remember(List<String> causes, Deque<String> tail, String line) {
        if (causes.size() < CAUSES && CAUSE.matcher(line).find()) {
            causes.add(line);
        }
        if (tail.size() == TAIL) {
            tail.removeFirst();
        }
        tail.addLast(line);
    }
}
