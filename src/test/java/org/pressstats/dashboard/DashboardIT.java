package org.pressstats.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.pressstats.support.ControlledPostgres;
import org.pressstats.support.PackagedApp;
import org.pressstats.support.Tokens;

/**
 * The dashboard in headless Chromium (src/test/e2e/dashboard.mjs, Playwright) against the packaged service with the
 * sample data: the numbers, the order, the URL state, and an update pushed by the change stream. Needs Node,
 * Debian's chromium and `npm install` in src/test/e2e, which .ci/run provides (and then requires: PRESS_STATS_E2E=required);
 * elsewhere it is skipped when they are missing. Screenshots go to target/e2e/.
 */
class DashboardIT {

    private static final Path E2E = Path.of("src/test/e2e");

    @Test
    void theDashboardShowsTheSampleDataAndUpdatesWithoutAReload() throws Exception {
        boolean ready = commandWorks("node", "--version") && Files.isExecutable(Path.of(chromium()))
                && Files.isDirectory(E2E.resolve("node_modules/playwright-core"));
        if (!"required".equals(System.getenv("PRESS_STATS_E2E"))) {
            assumeTrue(ready, "node, chromium or src/test/e2e/node_modules missing: run `npm install` in src/test/e2e");
        }
        Path shots = Path.of("target/e2e").toAbsolutePath();
        Files.createDirectories(shots);
        String database = ControlledPostgres.get().createDatabase("dashboard");
        try (PackagedApp app = PackagedApp.start("dashboard", database, Map.of("PRESS_STATS_SAMPLE_DATA_LOAD", "true"))) {
            app.awaitListening();
            Process node = new ProcessBuilder(List.of("node", "dashboard.mjs", "http://localhost:" + app.port(), Tokens.admin(),
                    shots.toString())).directory(E2E.toFile()).redirectErrorStream(true).start();
            boolean ended = node.waitFor(180, TimeUnit.SECONDS);
            String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!ended) {
                node.destroyForcibly();
            }
            System.out.println(output);
            assertEquals(0, ended ? node.exitValue() : -1, "the browser test failed:\n" + output);
        }
    }

    private static String chromium() {
        String path = System.getenv("CHROMIUM");
        return path != null ? path : "/usr/bin/chromium";
    }

    private static boolean commandWorks(String... command) {
        try {
            return new ProcessBuilder(command).redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
