package org.esafety.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;

/**
 * Protection of the pages' forms against cross-site requests: a random token in an HttpOnly, SameSite=Strict cookie
 * that every form repeats in a hidden field (the double-submit pattern), and, when the browser names the page
 * that sent the form (Origin), that page must be this service. The session cookie is SameSite=Strict as well.
 */
@RequestScoped
public class CsrfToken {

    static final String COOKIE = "esafety-csrf";
    /**
     * Over HTTPS (directly or behind a trusted proxy) the cookie is {@code __Host-esafety-csrf}: the browser then
     * accepts it only with Secure, Path=/ and no Domain, so no sibling site on the same domain can plant one.
     */
    static final String HOST_COOKIE = "__Host-" + COOKIE;
    /** The hidden field every form carries. */
    public static final String FIELD = "csrf";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final RoutingContext context;
    private String issued;

    public CsrfToken(RoutingContext context) {
        this.context = context;
    }

    /** The token for this browser's forms; a new one (and its cookie) when the browser has none yet. */
    public String value() {
        Cookie cookie = context.request().getCookie(name(context.request()));
        if (cookie != null && !cookie.getValue().isBlank()) {
            return cookie.getValue();
        }
        if (issued == null) {
            byte[] bytes = new byte[32];
            RANDOM.nextBytes(bytes);
            issued = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            context.response().addCookie(Cookie.cookie(name(context.request()), issued).setPath("/").setHttpOnly(true)
                    .setSameSite(CookieSameSite.STRICT).setSecure(context.request().isSSL()));
        }
        return issued;
    }

    /** Refuses a form whose token does not match this browser's cookie, or that another site sent. */
    public void verify(String submitted) {
        Cookie cookie = context.request().getCookie(name(context.request()));
        if (cookie == null || submitted == null || submitted.isBlank() || !MessageDigest.isEqual(
                cookie.getValue().getBytes(StandardCharsets.UTF_8), submitted.getBytes(StandardCharsets.UTF_8))) {
            throw new CsrfException();
        }
        // Origin "null" (a browser that hides where the form came from, as under Referrer-Policy: no-referrer):
        // the token, in a SameSite=Strict cookie, already shows the form is this service's own.
        String origin = context.request().getHeader("Origin");
        if (origin != null && !"null".equals(origin) && !SameOrigin.names(origin, context.request())) {
            throw new CsrfException();
        }
    }

    /** Forgets this browser's token (at sign-out), so that the next person on a shared computer gets a new one. */
    public void discard() {
        discard(context);
    }

    /** Removes the browser's token (sign-out, and sign-in: every session starts with a token of its own). */
    static void discard(RoutingContext context) {
        context.response().addCookie(Cookie.cookie(name(context.request()), "").setPath("/").setMaxAge(0)
                .setHttpOnly(true).setSameSite(CookieSameSite.STRICT).setSecure(context.request().isSSL()));
    }

    /** The token cookie's name for this request: {@link #HOST_COOKIE} over HTTPS, {@link #COOKIE} otherwise. */
    static String name(io.vertx.core.http.HttpServerRequest request) {
        return request.isSSL() ? HOST_COOKIE : COOKIE;
    }

    /** A form without a valid token: the page answers 403 and changes nothing. */
    public static class CsrfException extends RuntimeException {
        CsrfException() {
            super("the form's token does not match", null, false, false);
        }
    }
}
