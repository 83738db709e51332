package org.pressstats.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL that a test stops and starts again, on the same port and data, to play an outage.
 * The test profile and the test run in different class loaders, so the one server is reached through JMX.
 */
public final class ControlledPostgres {

    private static final MBeanServer JMX = ManagementFactory.getPlatformMBeanServer();
    private static final ObjectName NAME = name();

    private ControlledPostgres() {
    }

    /** The one server of this JVM, started on first use. */
    public static ControlledPostgres get() {
        synchronized (ControlledPostgres.class) {
            if (!JMX.isRegistered(NAME)) {
                try {
                    Server server = new Server(freePort(), Files.createTempDirectory("press-stats-outage"));
                    server.start();
                    Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
                    JMX.registerMBean(server, NAME);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } catch (JMException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return new ControlledPostgres();
    }

    /**
     * A port below the kernel's ephemeral range: other embedded servers pick theirs with bind(0) while
     * this one runs initdb, and could take a port probed that way before PostgreSQL binds it.
     */
    private static int freePort() {
        int start = 20000 + (int) (ProcessHandle.current().pid() % 10000);
        for (int port = start; port < start + 2000; port++) {
            try (ServerSocket probe = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                return port;
            } catch (IOException taken) {
                // try the next one
            }
        }
        throw new IllegalStateException("no free port from " + start);
    }

    /** A new empty database on this server (name plus a counter), by its JDBC URL. */
    public String createDatabase(String prefix) {
        String name = prefix + "_" + System.nanoTime();
        try (Connection sql = DriverManager.getConnection(jdbcUrl(), "postgres", "");
                Statement statement = sql.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return jdbcUrl().replace("/postgres", "/" + name);
    }

    public String jdbcUrl() {
        try {
            return (String) JMX.getAttribute(NAME, "JdbcUrl");
        } catch (JMException e) {
            throw new IllegalStateException(e);
        }
    }

    public void start() {
        invoke("start");
    }

    /** A fast shutdown: the server ends every session, then stops listening. */
    public void stop() {
        invoke("stop");
    }

    private static void invoke(String operation) {
        try {
            JMX.invoke(NAME, operation, null, null);
        } catch (JMException e) {
            throw new IllegalStateException(operation + " failed", e);
        }
    }

    private static ObjectName name() {
        try {
            return new ObjectName("org.pressstats.test:type=ControlledPostgres");
        } catch (JMException e) {
            throw new IllegalStateException(e);
        }
    }

    public interface ServerMBean {
        String getJdbcUrl();

        void start();

        void stop();
    }

    public static final class Server implements ServerMBean {
        private final int port;
        private final Path dataDir;
        private EmbeddedPostgres postgres;

        Server(int port, Path dataDir) {
            this.port = port;
            this.dataDir = dataDir;
        }

        @Override
        public String getJdbcUrl() {
            return "jdbc:postgresql://localhost:" + port + "/postgres";
        }

        @Override
        public synchronized void start() {
            if (postgres != null) {
                return;
            }
            try {
                postgres = EmbeddedPostgres.builder().setPort(port).setDataDirectory(dataDir).setCleanDataDirectory(false)
                        .setLocaleConfig("encoding", "UTF8").setLocaleConfig("locale", "C.UTF-8")
                        .setOutputRedirector(ProcessBuilder.Redirect.DISCARD).setErrorRedirector(ProcessBuilder.Redirect.DISCARD)
                        .setPGStartupWait(Duration.ofSeconds(30)).start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public synchronized void stop() {
            if (postgres == null) {
                return;
            }
            try {
                postgres.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                postgres = null;
            }
        }
    }
}
