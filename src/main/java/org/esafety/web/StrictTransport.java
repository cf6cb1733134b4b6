package org.esafety.web;

import java.time.Duration;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * HTTP Strict Transport Security (issue 17, finding 9): every answer served over HTTPS — directly, or behind a
 * trusted proxy that says so ({@code quarkus.http.proxy.*}) — tells the browser to use HTTPS only, for
 * {@code esafety.hsts.max-age} (a year), subdomains included. Over plain HTTP nothing is sent (browsers ignore it
 * there, and the embedded default on a laptop must stay reachable).
 */
@ApplicationScoped
public class StrictTransport {

    /** Runs before authentication, so that refusals carry it too. */
    static final int PRIORITY = 2000;

    private final String header;

    public StrictTransport(@ConfigProperty(name = "esafety.hsts.max-age", defaultValue = "P365D") Duration maxAge) {
        this.header = "max-age=" + maxAge.toSeconds() + "; includeSubDomains";
    }

    void register(@Observes Filters filters) {
        filters.register(this::mark, PRIORITY);
    }

    private void mark(RoutingContext context) {
        if (context.request().isSSL()) {
            context.response().putHeader("Strict-Transport-Security", header);
        }
        context.next();
    }
}
