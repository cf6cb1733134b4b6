package org.esafety.web;

import java.net.URI;

import io.vertx.core.http.HttpServerRequest;

/** Whether a URL a browser sent (an Origin or a Referer) names this service, as the request's Host names it. */
final class SameOrigin {

    private SameOrigin() {
    }

    static boolean names(String url, HttpServerRequest request) {
        try {
            String authority = URI.create(url).getRawAuthority();
            String host = request.getHeader("Host");
            String forwarded = request.getHeader("X-Forwarded-Host");
            return authority != null && (authority.equalsIgnoreCase(host) || authority.equalsIgnoreCase(forwarded));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
