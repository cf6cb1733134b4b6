package org.esafety.ops;

import io.quarkus.vertx.http.runtime.filters.Filters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Once the service is stopping, every request that has not yet started is answered 503 (problem+json,
 * {@code Connection: close}, {@code Retry-After}) before it reaches the application, so no request starts work
 * that the shutdown would cut off: Quarkus' graceful shutdown waits for the requests already past this gate, but
 * does not stop new connections from starting requests while it stops the database layer. The readiness check
 * answers 503 too, so a load balancer stops routing here.
 */
@ApplicationScoped
public class ShutdownGate {

    /** Runs first but for HSTS, before authentication and the application, so a refused request does no work. */
    static final int PRIORITY = 1950;
    private static final String BODY = "{\"type\":\"urn:esafety:problem:unavailable\",\"title\":\"Service unavailable\","
            + "\"status\":503,\"detail\":\"the service is stopping; send the request again (to another instance)\"}";

    private volatile boolean closed;

    void register(@Observes Filters filters) {
        filters.register(context -> {
            if (closed) {
                EarlyAnswer.problem(context, 503, BODY, 1, true);
                return;
            }
            context.next();
        }, PRIORITY);
    }

    /** From now on, new requests are refused; those already admitted finish. */
    public void close() {
        closed = true;
    }
}
