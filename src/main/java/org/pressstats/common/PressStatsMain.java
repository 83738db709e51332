package org.pressstats.common;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import io.quarkus.runtime.Quarkus;
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
        Quarkus.run(args);
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
