package org.esafety.ops;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;

/**
 * The answers of the filters that run before authentication and the application ({@link ShutdownGate},
 * {@link Admission}): problem+json, with the headers every answer carries (README "Security headers", "No copies"),
 * which the header filters of application.properties would only add later in the chain, and one path for the HTTP
 * server metrics instead of the request's, which may hold a pupil's reference.
 */
final class EarlyAnswer {

    /** What the HTTP server metrics record as these answers' path (Quarkus' route-template key). */
    static final String METRICS_PATH = "(answered before the application)";
    private static final String METRICS_TEMPLATE_KEY = "UrlPathTemplate";

    private EarlyAnswer() {
    }

    /**
     * Ends the request with {@code status} and the problem document {@code body}; {@code retryAfter} in seconds, or
     * null; {@code close} closes the connection once the answer is sent.
     */
    static void problem(RoutingContext context, int status, String body, Integer retryAfter, boolean close) {
        Context vertx = Vertx.currentContext();
        if (vertx != null) {
            vertx.putLocal(METRICS_TEMPLATE_KEY, METRICS_PATH);
        }
        HttpServerResponse response = context.response().setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/problem+json")
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                .putHeader("X-Content-Type-Options", "nosniff")
                .putHeader("X-Frame-Options", "DENY")
                .putHeader("Referrer-Policy", "no-referrer")
                .putHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
        if (retryAfter != null) {
            response.putHeader(HttpHeaders.RETRY_AFTER, retryAfter.toString());
        }
        if (close) {
            response.putHeader(HttpHeaders.CONNECTION, "close");
            response.end(body).onComplete(sent -> context.request().connection().close());
        } else {
            response.end(body);
        }
    }
}
