package org.esafety.ops;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
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
 *
 * <p>An admitted request whose body has not all arrived within {@code esafety.http.body-deadline} is answered 408 and
 * its connection closed, so a client that sends its body slowly (or not at all) holds its place for that long at
 * most, never for the connection's idle time-out (only a client with valid credentials gets that far: others are
 * answered 401 before their body is read). {@code Retry-After} is spread over 1–4 s so that shed clients do not all
 * come back at once; the answers are {@link EarlyAnswer}s.
 */
@ApplicationScoped
public class Admission {

    /**
     * After the shutdown gate and HSTS, before the body limit and authentication (which checks an API key on a worker
     * thread: after it, a flood would queue there).
     */
    static final int PRIORITY = 1900;
    static final String PREFIX = "/api/";
    private static final String BUSY = "{\"type\":\"urn:esafety:problem:unavailable\",\"title\":\"Service unavailable\","
            + "\"status\":503,\"detail\":\"the service is busy; nothing was stored: send the request again after "
            + "Retry-After seconds\"}";
    private static final String SLOW = "{\"type\":\"urn:esafety:problem:request-timeout\",\"title\":\"Request timeout\","
            + "\"status\":408,\"detail\":\"the body did not arrive in time; nothing was stored: send the request "
            + "again\"}";

    private final int limit;
    private final long bodyDeadlineMillis;
    private final AtomicInteger admitted = new AtomicInteger();
    private final Counter shed;
    private final Counter slow;

    public Admission(@ConfigProperty(name = "esafety.http.api-concurrency") int limit,
            @ConfigProperty(name = "esafety.http.body-deadline") Duration bodyDeadline, MeterRegistry registry) {
        if (limit < 0) {
            throw new IllegalArgumentException("esafety.http.api-concurrency must be 0 (off) or more, not " + limit);
        }
        if (bodyDeadline.isNegative() || bodyDeadline.isZero()) {
            throw new IllegalArgumentException("esafety.http.body-deadline must be positive, not " + bodyDeadline);
        }
        this.limit = limit;
        this.bodyDeadlineMillis = bodyDeadline.toMillis();
        this.shed = Counter.builder("esafety.http.shed")
                .description("Requests to /api/ answered 503 because the instance already had its limit in hand")
                .register(registry);
        this.slow = Counter.builder("esafety.http.body.timeouts")
                .description("Requests to /api/ answered 408 because their body did not arrive in time")
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
            EarlyAnswer.problem(context, 503, BUSY, ThreadLocalRandom.current().nextInt(1, 5), false);
            return;
        }
        HttpServerRequest request = context.request();
        long deadline = declaresBody(request)
                ? context.vertx().setTimer(bodyDeadlineMillis, id -> bodyOverdue(context))
                : -1;
        // Runs once when the answer ends or the connection closes, whichever comes first.
        context.addEndHandler(ended -> {
            if (deadline >= 0) {
                context.vertx().cancelTimer(deadline);
            }
            admitted.decrementAndGet();
        });
        context.next();
    }

    /** On the request's event loop, as every event of its body: the body cannot complete while this runs. */
    private void bodyOverdue(RoutingContext context) {
        if (!context.request().isEnded() && !context.response().ended() && !context.response().closed()) {
            slow.increment();
            EarlyAnswer.problem(context, 408, SLOW, null, true);
        }
    }

    /** A request that says it has a body: a length above zero, or chunks. */
    private static boolean declaresBody(HttpServerRequest request) {
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            return !length.trim().equals("0");
        }
        return request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null;
    }

    /** Requests to {@code /api/} in this instance now. */
    int inFlight() {
        return admitted.get();
    }
}
