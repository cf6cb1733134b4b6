package org.esafety.web;

import io.quarkus.logging.Log;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Login CSRF: a page on another site must not sign a member of staff in as the attacker (whose reports the
 * person would then file). A sign-in ({@code POST /j_security_check}) is refused with 403, before Quarkus's form
 * login reads it, when the browser says it comes from another site: an {@code Origin} (or, without one, a
 * {@code Referer}) naming another host. A browser that hides where the form came from ({@code Origin: null}, as
 * under {@code Referrer-Policy: no-referrer}) must send the sign-in page's SameSite=Strict token cookie, which a
 * cross-site request never carries. Clients that are not browsers send neither header and are not affected.
 */
@ApplicationScoped
public class LoginOriginCheck {

    /** Before the form login reads the sign-in (Quarkus: 150). */
    static final int PRIORITY = 160;

    private final String postLocation;
    private final String sessionCookie;

    public LoginOriginCheck(@ConfigProperty(name = "quarkus.http.auth.form.post-location",
            defaultValue = "/j_security_check") String postLocation,
                            @ConfigProperty(name = "quarkus.http.auth.form.cookie-name") String sessionCookie) {
        this.postLocation = postLocation;
        this.sessionCookie = sessionCookie;
    }

    void register(@Observes Filters filters) {
        filters.register(this::check, PRIORITY);
    }

    private void check(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (request.method() == HttpMethod.POST && postLocation.equals(context.normalizedPath()) && !allowed(request)) {
            Log.warnf("Sign-in from another site refused (Origin %s)", printable(request.getHeader("Origin")));
            context.response().setStatusCode(403).putHeader("Content-Type", "application/problem+json")
                    .end("{\"type\":\"urn:esafety:problem:forbidden\",\"title\":\"Forbidden\",\"status\":403,"
                            + "\"detail\":\"a sign-in sent from another site is refused\"}");
            return;
        }
        if (request.method() == HttpMethod.POST && postLocation.equals(context.normalizedPath())) {
            // A new session gets a new form token: one planted or seen before signing in is worthless after it.
            // (The form login's new session cookie lands in the request's cookie jar, beside the one sent.)
            Cookie sent = request.getCookie(sessionCookie);
            String before = sent == null ? "" : sent.getValue();
            context.addHeadersEndHandler(v -> {
                Cookie now = request.getCookie(sessionCookie);
                if (now != null && !now.getValue().isEmpty() && !now.getValue().equals(before)
                        && context.response().getStatusCode() == 302) {
                    CsrfToken.discard(context);
                }
            });
        }
        context.next();
    }

    static boolean allowed(HttpServerRequest request) {
        String origin = request.getHeader("Origin");
        if (origin != null && !"null".equals(origin)) {
            return SameOrigin.names(origin, request);
        }
        String referer = request.getHeader("Referer");
        if (referer != null) {
            return SameOrigin.names(referer, request);
        }
        if (origin != null) {
            Cookie token = request.getCookie(CsrfToken.name(request));
            return token != null && !token.getValue().isBlank();
        }
        return true;
    }

    private static String printable(String header) {
        if (header == null) {
            return "none";
        }
        String h = header.length() > 100 ? header.substring(0, 100) : header;
        return h.replaceAll("[^A-Za-z0-9:/._-]", "?");
    }
}
