package org.esafety.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import org.esafety.access.Caller;
import org.esafety.access.Roles;
import org.esafety.action.ActionQueries;

/** What every page's frame shows: who is signed in, what their role lets them open, the forms' CSRF token. */
@Named("frame")
@RequestScoped
public class Frame {

    private final Caller caller;
    private final CsrfToken csrf;
    private final ActionQueries actions;
    private ActionQueries.Counts counts;

    private final io.vertx.ext.web.RoutingContext context;
    private final String sessionCookie;
    private final java.time.Duration sessionTimeout;

    public Frame(Caller caller, CsrfToken csrf, ActionQueries actions, io.vertx.ext.web.RoutingContext context,
                 @org.eclipse.microprofile.config.inject.ConfigProperty(name = "quarkus.http.auth.form.cookie-name")
                 String sessionCookie,
                 @org.eclipse.microprofile.config.inject.ConfigProperty(name = "quarkus.http.auth.form.timeout")
                 java.time.Duration sessionTimeout) {
        this.context = context;
        this.sessionCookie = sessionCookie;
        this.sessionTimeout = sessionTimeout;
        this.caller = caller;
        this.csrf = csrf;
        this.actions = actions;
    }

    /** The DSL's open emergencies and overdue actions across its schools, counted once per page. */
    public ActionQueries.Counts counts() {
        if (counts == null) {
            counts = dsl() ? actions.counts() : new ActionQueries.Counts(0, 0);
        }
        return counts;
    }

    /**
     * Whether someone is signed in. Credentials that no longer check out (a disabled user's session cookie, a wrong
     * password) count as signed out here, so that the sign-in page itself always opens.
     */
    public boolean signedIn() {
        return !"anonymous".equals(principal());
    }

    /** The signed-in principal ("user:jo"), which every record form repeats so that a kept form goes back to them only. */
    public String principal() {
        try {
            return caller.principalId();
        } catch (io.quarkus.security.AuthenticationFailedException e) {
            return "anonymous";
        }
    }

    /** The signed-in name without its kind ("user:jo" shows "jo"). */
    public String user() {
        String id = principal();
        int colon = id.indexOf(':');
        return colon < 0 ? id : id.substring(colon + 1);
    }

    public boolean dsl() {
        return signedIn() && caller.has(Roles.DSL);
    }

    public boolean auditor() {
        return signedIn() && caller.has(Roles.AUDITOR);
    }

    public boolean admin() {
        return signedIn() && caller.has(Roles.ADMIN);
    }

    public boolean reporter() {
        return signedIn() && (caller.has(Roles.REPORTER) || caller.has(Roles.DSL));
    }

    public String csrf() {
        return csrf.value();
    }

    /**
     * How long a page-form session lasts without a request, in seconds, when the page was opened with one (the page
     * warns before it runs out); 0 for Basic, API keys, OIDC and nobody signed in.
     */
    public long sessionSeconds() {
        return signedIn() && principal().startsWith("user:") && context.request().getCookie(sessionCookie) != null
                ? sessionTimeout.toSeconds() : 0;
    }
}
