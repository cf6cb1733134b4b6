package org.esafety.web;

import java.net.URI;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.esafety.api.Problem;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Failures on the pages (every path outside {@code /api}) are pages too: the API's problem answers become an error
 * page a person can read, and "not signed in" sends the browser to the sign-in form.
 */
public class PageFailures {

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
            response.setStatus(303);
            response.getHeaders().putSingle(HttpHeaders.LOCATION, URI.create("/login"));
            response.getHeaders().remove(HttpHeaders.WWW_AUTHENTICATE);
            response.setEntity(null);
            return;
        }
        response.setEntity(Templates.error(problem.status(), problem.title(), problem.detail()).render(), null,
                MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
    }

    static boolean isApi(String path) {
        return path.equals("/api") || path.startsWith("/api/") || path.startsWith("/q/");
    }
}
