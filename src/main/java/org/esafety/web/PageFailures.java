package org.esafety.web;

import java.net.URI;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import org.esafety.api.Problem;

/**
 * Failures on the pages (every path outside {@code /api}) are pages too: the API's problem answers become an error
 * page a person can read, and "not signed in" sends the browser to the sign-in form.
 */
public class PageFailures {

    private final String sessionCookie;
    private final String locationCookie;

    public PageFailures(@ConfigProperty(name = "quarkus.http.auth.form.cookie-name") String sessionCookie,
                        @ConfigProperty(name = "quarkus.http.auth.form.location-cookie",
                                defaultValue = "quarkus-redirect-location") String locationCookie) {
        this.sessionCookie = sessionCookie;
        this.locationCookie = locationCookie;
    }

    @CheckedTemplate(basePath = "")
    static class Templates {
        static native TemplateInstance error(int status, String title, String detail);
    }

    @ServerExceptionMapper
    public Response csrf(CsrfToken.CsrfException e) {
        return Response.status(403).type(Problem.MEDIA_TYPE).entity(Problem.of(403, "csrf", "This form has expired",
                "the form was not sent from this service's own page, or it is too old: reload the page and send it "
                        + "again; nothing was changed")).build();
    }

    @ServerResponseFilter
    public void asPage(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(response.getEntity() instanceof Problem problem) || isApi(request.getUriInfo().getPath())) {
            return;
        }
        if (problem.status() == 401) {
            // To the sign-in form, which brings the person back here afterwards (Quarkus' form login reads the
            // location cookie); a session cookie that no longer checks out is dropped.
            response.setStatus(303);
            response.getHeaders().putSingle(HttpHeaders.LOCATION, URI.create("/login"));
            response.getHeaders().remove(HttpHeaders.WWW_AUTHENTICATE);
            response.getHeaders().remove(HttpHeaders.CONTENT_TYPE);
            String here = request.getUriInfo().getRequestUri().toString();
            if ("GET".equals(request.getMethod()) && here.matches("[\\x21\\x23-\\x2B\\x2D-\\x3A\\x3C-\\x5B\\x5D-\\x7E]+")) {
                response.getHeaders().add(HttpHeaders.SET_COOKIE, cookie(locationCookie, here, -1));
            }
            if (request.getCookies().containsKey(sessionCookie)) {
                response.getHeaders().add(HttpHeaders.SET_COOKIE, cookie(sessionCookie, "", 0));
            }
            response.setEntity(null);
            return;
        }
        response.setEntity(Templates.error(problem.status(), problem.title(), problem.detail()).render(), null,
                MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
    }

    /** A Set-Cookie value as RFC 6265 writes it (no quoting: the location is a URL). */
    private static String cookie(String name, String value, int maxAge) {
        return name + "=" + value + "; Path=/; HttpOnly; SameSite=Strict" + (maxAge >= 0 ? "; Max-Age=" + maxAge : "");
    }

    static boolean isApi(String path) {
        return path.equals("/api") || path.startsWith("/api/") || path.startsWith("/q/");
    }
}
