package org.esafety.api;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Failures the HTTP layer answers before any REST code runs (a body past the size limit) get the same
 * problem+json shape as everything else.
 */
@ApplicationScoped
public class HttpFailures {

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(context -> {
            if (context.statusCode() == 413 && !context.response().headWritten()) {
                context.response().setStatusCode(413)
                        .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                        .end(Json.write(Problem.of(413, "payload-too-large", "Payload too large",
                                "the request body is too large; nothing was stored")));
                return;
            }
            context.next();
        });
    }
}
