package org.esafety.ops;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Semaphore;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * A test-only route under {@code /api/} whose requests stay open until the test lets them go, so that a test can
 * keep an exact number of requests in the service (AdmissionTest).
 */
@ApplicationScoped
public class HeldRequests {

    static final String PATH = "/api/test-held";
    private final List<RoutingContext> held = new CopyOnWriteArrayList<>();
    private final Semaphore arrived = new Semaphore(0);

    void register(@Observes Router router) {
        router.get(PATH).handler(context -> {
            held.add(context);
            arrived.release();
        });
    }

    /** Waits until {@code n} more requests have reached the route. */
    void awaitArrivals(int n) throws InterruptedException {
        if (!arrived.tryAcquire(n, 20, java.util.concurrent.TimeUnit.SECONDS)) {
            throw new AssertionError(n + " held requests did not arrive");
        }
    }

    /** Answers every held request 200 ("released"). */
    void releaseAll() {
        held.forEach(context -> {
            if (!context.response().ended() && !context.response().closed()) {
                context.response().end("released");
            }
        });
        held.clear();
    }
}
