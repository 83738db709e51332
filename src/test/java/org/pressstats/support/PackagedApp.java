package org.pressstats.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The packaged service as a separate process, started as the image starts it: from its folder (target/quarkus-app)
 * with the shipped jvm.options and, once AotTrainingIT has written it, the AOT cache; configured by environment only.
 */
public final class PackagedApp implements AutoCloseable {

    public static final Path FOLDER = Path.of("target/quarkus-app");

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public final int port;
    private final Process process;
    private final CompletableFuture<Void> listening = new CompletableFuture<>();

    private PackagedApp(String name, String jdbcUrl, Map<String, String> extraEnv, List<String> jvmOptions) throws IOException {
        this.port = freePort();
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
                "QUARKUS_HTTP_PORT", Integer.toString(port),
                "MP_JWT_VERIFY_PUBLICKEY_LOCATION", Tokens.publicKeyFile().toString(),
                "MP_JWT_VERIFY_ISSUER", Tokens.ISSUER));
        env.putAll(extraEnv);
        process = builder.start();
        Path log = Path.of("target/it-logs/" + name + ".log");
        Files.createDirectories(log.getParent());
        Thread reader = new Thread(() -> copyOutput(log), name + "-output");
        reader.setDaemon(true);
        reader.start();
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

    /** Blocks until Quarkus prints that it listens (no polling), or fails if the process ends first. */
    public PackagedApp awaitListening() {
        listening.orTimeout(120, TimeUnit.SECONDS).join();
        return this;
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
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
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

    private void copyOutput(Path log) {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
                PrintWriter file = new PrintWriter(Files.newBufferedWriter(log, StandardCharsets.UTF_8), true)) {
            String line;
            while ((line = out.readLine()) != null) {
                file.println(line);
                if (line.contains("Listening on:")) {
                    listening.complete(null);
                }
            }
            file.println("[press-stats process ended]");
        } catch (IOException | RuntimeException e) {
            listening.completeExceptionally(e);
            e.printStackTrace();
        }
        listening.completeExceptionally(new IllegalStateException("the service ended before listening; see " + log));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
