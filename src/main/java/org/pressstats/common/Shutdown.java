package org.pressstats.common;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

import io.quarkus.runtime.Quarkus;
import io.vertx.ext.web.Router;

/**
 * Stopping on SIGTERM: readiness DOWN for the drain delay (load balancers stop sending), then new requests get
 * 503 while Quarkus gives in-flight ones up to {@code quarkus.shutdown.timeout}, then exit 0.
 */
@ApplicationScoped
@Readiness
public class Shutdown implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(Shutdown.class);
    private static final String REFUSAL = ProblemType.UNAVAILABLE.body("this instance is shutting down; send the request again");

    enum Phase { SERVING, DRAINING, REFUSING }

    private static volatile Phase phase = Phase.SERVING;
    private static final List<Runnable> ON_STOP = new CopyOnWriteArrayList<>();

    /** Runs when new requests start to be refused: for work that would otherwise hold the graceful shutdown open. */
    public static void onStop(Runnable action) {
        ON_STOP.add(action);
    }

    /** Called from the signal handler: drains for the delay on its own thread, then asks Quarkus to stop. */
    static void begin(Duration delay) {
        if (phase != Phase.SERVING) {
            return;
        }
        phase = Phase.DRAINING;
        Thread stopper = new Thread(() -> {
            LOG.infof("Shutdown requested: readiness DOWN, refusing new requests in %d ms", delay.toMillis());
            try {
                Thread.sleep(delay.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            phase = Phase.REFUSING;
            ON_STOP.forEach(Runnable::run);
            Quarkus.asyncExit(0);
        }, "shutdown");
        stopper.setDaemon(true);
        stopper.start();
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("shutdown").status(phase == Phase.SERVING).withData("phase", phase.name()).build();
    }

    // first in line: once refusing, nothing reaches the application; health stays answerable for the probes
    void refuseWhenStopping(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(context -> {
            if (phase != Phase.REFUSING || context.normalizedPath().startsWith("/q/health")) {
                context.next();
                return;
            }
            context.response().setStatusCode(503).putHeader("Content-Type", Problem.MEDIA_TYPE)
                    .putHeader("Retry-After", "1").putHeader("Connection", "close").end(REFUSAL);
        });
    }
}
