package org.esafety.ops;

import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sheds load before it queues. At most {@code esafety.http.api-concurrency} requests to {@code /api/} are in this
 * instance at once, waiting for a worker or running; the next one is answered 503 at once (problem+json,
 * {@code Retry-After}), on the event loop, before its body is read, so nothing of it is stored and the client knows
 * to send it again. Without this bound a flood of intake queued without limit: answers waited past the clients'
 * time-outs, the service went on working for clients that had gone, and requests sent after the flood waited behind
 * that backlog (bench/README.md, issue 21). The pages and {@code /q/} (health, metrics) are never shed, so staff and
 * the load balancer still get answers during a flood. {@code 0} turns the bound off.
 */
@ApplicationScoped
public class Admission {

    /** Right after the shutdown gate, before authentication or any other work. */
    static final int PRIORITY = ShutdownGate.PRIORITY - 1;
    static final String PREFIX = "/api/";
    private static final String BODY = "{\"type\":\"urn:esafety:problem:unavailable\",\"title\":\"Service unavailable\","
            + "\"status\":503,\"detail\":\"the service is busy; nothing was stored: send the request again after "
            + "Retry-After seconds\"}";

    private final int limit;
    private final AtomicInteger admitted = new AtomicInteger();
    private final Counter shed;

    public Admission(@ConfigProperty(name = "esafety.http.api-concurrency") int limit,
            MeterRegistry registry) {
        if (limit < 0) {
            throw new IllegalArgumentException("esafety.http.api-concurrency must be 0 (off) or more, not " + limit);
        }
        this.limit = limit;
        this.shed = Counter.builder("esafety.http.shed")
                .description("Requests to /api/ answered 503 because the instance already had its limit in hand")
                .register(registry);
        registry.gauge("esafety.http.api.in.flight", admitted);
    }

    void register(@Observes Filters filters) {
        if (limit > 0) {
            filters.register(this::admit, PRIORITY);
        }
    }

    private void admit(RoutingContext context) {
        if (!context.normalizedPath().startsWith(PREFIX)) {
            context.next();
            return;
        }
        if (admitted.incrementAndGet() > limit) {
            admitted.decrementAndGet();
            shed.increment();
            context.response().setStatusCode(503)
                    .putHeader("Content-Type", "application/problem+json")
                    .putHeader("Retry-After", "1")
                    .end(BODY);
            return;
        }
        // Runs once when the answer ends or the connection closes, whichever comes first.
        context.addEndHandler(ended -> admitted.decrementAndGet());
        context.next();
    }

    /** Requests to {@code /api/} in this instance now. */
    int inFlight() {
        return admitted.get();
    }
}
