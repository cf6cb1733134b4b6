package org.esafety.web;

import java.net.URI;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Predicate;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import org.esafety.access.Caller;

/**
 * The pages' record forms when the session has ended (issue 16, "nothing typed is lost"). Those forms are open to
 * anyone at the HTTP layer and ask here first: someone signed in with one of the form's roles goes on; someone
 * signed in without it is refused (403); and when the session has ended (expired, signed out elsewhere, revoked),
 * what was typed is kept in {@link FormDrafts} and the browser goes to the sign-in form, which brings the person back
 * to the same form, filled in. The browser holds only a random token, in an HttpOnly, SameSite=Strict cookie.
 */
@RequestScoped
public class FormKeeper {

    /** The browser's cookie naming its kept form (a random token, nothing else). */
    static final String COOKIE = "esafety-draft";

    private final RoutingContext context;
    private final FormDrafts drafts;
    private final Caller caller;
    private final CsrfToken csrf;
    private final String locationCookie;

    public FormKeeper(RoutingContext context, FormDrafts drafts, Caller caller, CsrfToken csrf,
                      @ConfigProperty(name = "quarkus.http.auth.form.location-cookie",
                              defaultValue = "quarkus-redirect-location") String locationCookie) {
        this.context = context;
        this.drafts = drafts;
        this.caller = caller;
        this.csrf = csrf;
        this.locationCookie = locationCookie;
    }

    /**
     * A record form as it arrives: its CSRF token is checked first (so that another site can never leave a form to be
     * found here); then empty when the caller is signed in with one of {@code roles} (the form goes on), the way to
     * the sign-in form, with the form kept, when nobody is signed in, and {@link ForbiddenException} for anyone else.
     */
    Optional<Response> accept(MultivaluedMap<String, String> form, String... roles) {
        csrf.verify(form.getFirst(CsrfToken.FIELD));
        if (principal().isPresent()) {
            if (Arrays.stream(roles).noneMatch(caller::has)) {
                throw new ForbiddenException();
            }
            return Optional.empty();
        }
        Optional<KeptForm> kept = KeptForm.posted(context.normalizedPath());
        Optional<String> token = kept.flatMap(k -> drafts.keep(k, form));
        if (token.isEmpty()) {
            return Optional.of(Response.seeOther(URI.create("/login")).build());
        }
        context.response().addCookie(cookie(COOKIE, token.get()));
        String back = URI.create(context.request().absoluteURI()).resolve(kept.get().page()).toString();
        context.response().addCookie(cookie(locationCookie, back));
        return Optional.of(Response.seeOther(URI.create("/login?kept=1")).build());
    }

    /**
     * The form this browser kept for the signed-in person, if it was kept for this page (its address, tested by
     * {@code thisPage}); the draft and the cookie are removed either way once a page has asked with {@code ?kept}.
     */
    Optional<FormDrafts.Draft> giveBack(Predicate<String> thisPage) {
        Cookie cookie = context.request().getCookie(COOKIE);
        Optional<String> principal = principal();
        if (cookie == null || principal.isEmpty()) {
            return Optional.empty();
        }
        context.response().addCookie(cookie(COOKIE, "").setMaxAge(0));
        return drafts.take(cookie.getValue(), principal.get(), thisPage);
    }

    /** The signed-in principal; empty when nobody is, or the session no longer checks out. */
    private Optional<String> principal() {
        try {
            String principal = caller.principalId();
            return "anonymous".equals(principal) ? Optional.empty() : Optional.of(principal);
        } catch (AuthenticationFailedException e) {
            return Optional.empty();
        }
    }

    private Cookie cookie(String name, String value) {
        return Cookie.cookie(name, value).setPath("/").setHttpOnly(true).setSameSite(CookieSameSite.STRICT)
                .setSecure(context.request().isSSL());
    }
}
