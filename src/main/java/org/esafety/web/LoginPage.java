package org.esafety.web;

import java.net.URI;

import io.quarkus.oidc.AuthorizationCodeFlow;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import org.esafety.access.Caller;
import org.esafety.access.Sessions;

/**
 * Signing in with the form login (Quarkus posts {@code j_username}/{@code j_password} to {@code /j_security_check}
 * and sets the encrypted session cookie), and signing out.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class LoginPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(boolean failed, boolean signedOut, boolean schoolAccount, boolean kept);
    }

    private final CsrfToken csrf;
    private final Caller caller;
    private final Sessions sessions;
    private final RoutingContext context;
    private final String sessionCookie;
    private final String locationCookie;
    private final boolean oidc;

    public LoginPage(CsrfToken csrf, Caller caller, Sessions sessions, RoutingContext context,
                     @ConfigProperty(name = "quarkus.http.auth.form.cookie-name") String sessionCookie,
                     @ConfigProperty(name = "quarkus.oidc.tenant-enabled", defaultValue = "false") boolean oidc,
                     @ConfigProperty(name = "quarkus.http.auth.form.location-cookie",
                             defaultValue = "quarkus-redirect-location") String locationCookie) {
        this.locationCookie = locationCookie;
        this.csrf = csrf;
        this.caller = caller;
        this.sessions = sessions;
        this.context = context;
        this.sessionCookie = sessionCookie;
        this.oidc = oidc;
    }

    @GET
    @Path("login")
    @PermitAll
    public TemplateInstance login(@jakarta.ws.rs.QueryParam("signedOut") String signedOut,
                                  @jakarta.ws.rs.QueryParam("kept") String kept) {
        return Templates.login(false, signedOut != null, oidc, kept != null);
    }

    @GET
    @Path("login-error")
    @PermitAll
    public Response failed() {
        return Response.status(401).entity(Templates.login(true, false, oidc, false)).type(MediaType.TEXT_HTML_TYPE).build();
    }

    /**
     * Signing in with the school's identity provider (OIDC authorization-code flow, when ESAFETY_OIDC_ENABLED):
     * Quarkus sends the browser to the provider and back here, then the board opens.
     */
    @GET
    @Path("login/school-account")
    @AuthorizationCodeFlow
    @Authenticated
    public Response schoolAccount() {
        // Back to a kept form (FormKeeper) when the session ended while one was being typed; the board otherwise.
        io.vertx.core.http.Cookie back = context.request().getCookie(locationCookie);
        if (back != null) {
            context.response().addCookie(Cookie.cookie(locationCookie, "").setPath("/").setMaxAge(0).setHttpOnly(true)
                    .setSameSite(CookieSameSite.STRICT).setSecure(context.request().isSSL()));
            try {
                URI here = URI.create(context.request().absoluteURI());
                URI there = URI.create(back.getValue());
                if (here.getAuthority() != null && here.getAuthority().equals(there.getAuthority())
                        && there.getRawPath() != null && there.getRawPath().startsWith("/")) {
                    return Response.seeOther(there).build();
                }
            } catch (IllegalArgumentException e) {
                // not an address: the board
            }
        }
        return Response.seeOther(URI.create("/")).build();
    }

    /**
     * Signs out: every session of the user ends on the server (the session generation counts up, so a copy of the
     * cookie no longer works either), and the cookie is removed from this browser.
     */
    @POST
    @Path("logout")
    @PermitAll
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response logout(MultivaluedMap<String, String> form) {
        csrf.verify(form.getFirst(CsrfToken.FIELD));
        signedIn().ifPresent(principal -> sessions.revoke(principal, "signed out"));
        csrf.discard();
        context.response().addCookie(Cookie.cookie(sessionCookie, "").setPath("/").setMaxAge(0).setHttpOnly(true)
                .setSameSite(CookieSameSite.STRICT).setSecure(context.request().isSSL()));
        return Response.seeOther(URI.create("/login?signedOut=1")).build();
    }

    /**
     * Whether the page's session is still on (204; the request renews it, as any request does) or has ended (401,
     * never a redirect): the pages' "stay signed in" button asks here.
     */
    @GET
    @Path("session")
    @PermitAll
    public Response session() {
        return Response.status(signedIn().isPresent() ? 204 : 401).header("Cache-Control", "no-store").build();
    }

    private java.util.Optional<String> signedIn() {
        try {
            String principal = caller.principalId();
            return "anonymous".equals(principal) ? java.util.Optional.empty() : java.util.Optional.of(principal);
        } catch (io.quarkus.security.AuthenticationFailedException e) {
            return java.util.Optional.empty();
        }
    }
}
