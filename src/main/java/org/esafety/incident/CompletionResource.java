package org.esafety.incident;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import org.esafety.access.Roles;
import org.esafety.action.ActionView;
import org.esafety.action.CompletionRequest;

/**
 * Completing an action (api.md "Changing"): a change to the incident the action belongs to, which is locked and
 * whose status follows, so it is served here beside the incident's other changes.
 */
@Path("/api/actions/{id}/completion")
@Produces(MediaType.APPLICATION_JSON)
public class CompletionResource {

    private final IncidentLifecycle lifecycle;

    public CompletionResource(IncidentLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @POST
    @RolesAllowed(Roles.DSL)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Complete an action (DONE) or decline it (NOT_REQUIRED, with a rationale)")
    public ActionView complete(@PathParam("id") UUID id, CompletionRequest request) {
        return lifecycle.complete(id, request);
    }
}
