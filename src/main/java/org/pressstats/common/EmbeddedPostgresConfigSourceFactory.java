package org.pressstats.common;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import org.eclipse.microprofile.config.spi.ConfigSource;
import org.jboss.logging.Logger;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;

/**
 * In dev and test, when no datasource URL is configured, starts a real embedded PostgreSQL
 * (zonky) and supplies its URL. Ordinal 275: above application.properties, below env vars.
 */
public class EmbeddedPostgresConfigSourceFactory implements ConfigSourceFactory {

    private static final Logger LOG = Logger.getLogger(EmbeddedPostgresConfigSourceFactory.class);
    private static final String URL_KEY = "quarkus.datasource.jdbc.url";

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        List<String> profiles = context.getProfiles();
        String profile = profiles.contains("test") ? "test" : profiles.contains("dev") ? "dev" : null;
        if (profile == null || isSet(context, URL_KEY) || !flag(context, "press-stats.embedded-postgres.enabled", true)) {
            return List.of();
        }
        // The factory runs in several class loaders; a system property is the one JVM-wide memory.
        String remembered = "press-stats.embedded-postgres." + profile + ".url";
        String url = System.getProperty(remembered);
        if (url == null) {
            Path dataDir = "dev".equals(profile)
                    ? Path.of(value(context, "press-stats.embedded-postgres.data-dir").orElse(".pgdata/dev")).toAbsolutePath()
                    : null;
            url = Server.start(dataDir);
            System.setProperty(remembered, url);
        }
        Map<String, String> props = Map.of(
                URL_KEY, url,
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "");
        return List.of(new PropertiesConfigSource(props, "embedded-postgres", 275));
    }

    @Override
    public OptionalInt getPriority() {
        return OptionalInt.of(275);
    }

    private static boolean isSet(ConfigSourceContext context, String key) {
        return value(context, key).filter(v -> !v.isBlank()).isPresent();
    }

    private static boolean flag(ConfigSourceContext context, String key, boolean fallback) {
        return value(context, key).map(Boolean::parseBoolean).orElse(fallback);
    }

    private static Optional<String> value(ConfigSourceContext context, String key) {
        ConfigValue value = context.getValue(key);
        return Optional.ofNullable(value == null ? null : value.getValue());
    }

    /** Kept apart so that zonky classes load only in dev and test (they are not in the prod app). */
    static final class Server {

        static String start(Path dataDir) {
            try {
                var builder = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder()
                        .setLocaleConfig("encoding", "UTF8")
                        .setLocaleConfig("locale", "C.UTF-8")
                        .setServerConfig("max_connections", "100")
                        .setPGStartupWait(Duration.ofSeconds(30));
                if (dataDir != null) {
                    Files.createDirectories(dataDir);
                    stopOrphan(dataDir);
                    builder.setDataDirectory(dataDir).setCleanDataDirectory(false);
                }
                var postgres = builder.start();
                LOG.infof("Embedded PostgreSQL on port %d%s", postgres.getPort(),
                        dataDir == null ? " (throw-away data)" : ", data in " + dataDir);
                return postgres.getJdbcUrl("postgres", "postgres");
            } catch (IOException e) {
                throw new IllegalStateException("Cannot start embedded PostgreSQL: " + e.getMessage()
                        + " (set QUARKUS_DATASOURCE_JDBC_URL to use an existing server)", e);
            }
        }

        /** A killed dev mode leaves postgres running on the data dir; stop it if no live JVM holds the lock. */
        private static void stopOrphan(Path dataDir) throws IOException {
            Path pidFile = dataDir.resolve("postmaster.pid");
            Path lockFile = dataDir.resolve("epg-lock");
            if (!Files.exists(pidFile)) {
                return;
            }
            if (Files.exists(lockFile)) {
                try (RandomAccessFile raf = new RandomAccessFile(lockFile.toFile(), "rw");
                        FileChannel channel = raf.getChannel();
                        FileLock lock = channel.tryLock()) {
                    if (lock == null) {
                        throw new IOException("data dir " + dataDir + " is in use by another running dev mode");
                    }
                }
            }
            long pid;
            try {
                pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
            } catch (RuntimeException e) {
                return;
            }
            Optional<ProcessHandle> orphan = ProcessHandle.of(pid)
                    .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false));
            if (orphan.isEmpty()) {
                return;
            }
            LOG.infof("Stopping leftover embedded PostgreSQL (pid %d) on %s", pid, dataDir);
            orphan.get().destroy();
            Instant deadline = Instant.now().plusSeconds(20);
            while (orphan.get().isAlive() && Instant.now().isBefore(deadline)) {
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}
