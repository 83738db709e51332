package org.pressstats.common;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;

import org.eclipse.microprofile.config.ConfigProvider;

import sun.misc.Signal;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.configuration.DurationConverter;
import io.quarkus.runtime.annotations.QuarkusMain;

/** Starts the service; in production, first says in one line what is missing if no database URL is configured. */
@QuarkusMain
public class PressStatsMain {

    private static final String URL_PROPERTY = "quarkus.datasource.jdbc.url";
    private static final String URL_VARIABLE = "QUARKUS_DATASOURCE_JDBC_URL";

    public static void main(String... args) {
        if (isPackagedApp() && isProdProfile() && !databaseUrlConfigured()) {
            System.err.println("press-stats: no database configured; set " + URL_VARIABLE
                    + " (e.g. jdbc:postgresql://host:5432/pressstats), with QUARKUS_DATASOURCE_USERNAME and QUARKUS_DATASOURCE_PASSWORD");
            System.exit(1);
        }
        Quarkus.run(Service.class, PressStatsMain::exit, args);
    }

    /** Runs until asked to stop; SIGTERM and SIGINT start a graceful shutdown that ends with exit code 0, not 143 or 130. */
    public static class Service implements QuarkusApplication {
        @Override
        public int run(String... args) {
            if (isPackagedApp()) {
                // an orchestrator's stop is a normal end; dev mode keeps its own Ctrl+C handling
                Duration delay = ConfigProvider.getConfig().getOptionalValue("press-stats.shutdown.delay", String.class)
                        .map(DurationConverter::parseDuration).orElse(Duration.ZERO);
                Signal.handle(new Signal("TERM"), signal -> Shutdown.begin(delay));
                Signal.handle(new Signal("INT"), signal -> Shutdown.begin(delay));
            }
            Quarkus.waitForExit();
            return 0;
        }
    }

    private static void exit(int code, Throwable failure) {
        if (failure != null) {
            failure.printStackTrace();
        }
        System.exit(code);
    }

    /** Dev mode and tests call this main too; only the packaged app (java -jar quarkus-run.jar) is checked. */
    private static boolean isPackagedApp() {
        return System.getProperty("java.class.path", "").endsWith("quarkus-run.jar");
    }

    private static boolean isProdProfile() {
        String profile = System.getProperty("quarkus.profile", System.getenv("QUARKUS_PROFILE"));
        return profile == null || profile.isBlank() || profile.equals("prod");
    }

    /** The places a URL can come from in a packaged app: env, system property, .env, config/application.properties. */
    private static boolean databaseUrlConfigured() {
        if (notBlank(System.getenv(URL_VARIABLE)) || notBlank(System.getProperty(URL_PROPERTY))) {
            return true;
        }
        return fileHas(Path.of(".env"), URL_VARIABLE) || fileHas(Path.of("config", "application.properties"), URL_PROPERTY);
    }

    private static boolean fileHas(Path file, String key) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(in);
        } catch (IOException e) {
            return true; // let Quarkus report what is wrong with the file
        }
        return notBlank(properties.getProperty(key));
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }
}
