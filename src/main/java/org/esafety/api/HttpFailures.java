package org.esafety.api;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.esafety.common.Json;

/**
 * Failures the HTTP layer answers before any REST code runs (a body past the size limit) get the same
 * problem+json shape as everything else.
 */
@ApplicationScoped
public class HttpFailures {

    private final String limit;

    public HttpFailures(@org.eclipse.microprofile.config.inject.ConfigProperty(name = "quarkus.http.limits.max-body-size",
            defaultValue = "64K") io.quarkus.runtime.configuration.MemorySize max) {
        this.limit = max.asLongValue() / 1024 + " KiB";
    }

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(context -> {
            if (context.statusCode() == 413 && !context.response().headWritten()) {
                context.response().setStatusCode(413)
                        .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                        .end(Json.write(Problem.payloadTooLarge(limit)));
                return;
            }
            context.next();
        });
    }
}
