package org.esafety.incident;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.esafety.access.Roles;
import org.esafety.action.ActionView;
import org.esafety.action.AddendumRequest;
import org.esafety.action.CompletionRequest;

/**
 * Completing an action and correcting a completed one (api.md "Changing"): changes to the incident the action belongs
 * to, which is locked and whose status follows, so they are served here beside the incident's other changes.
 */
@Tag(name = "Actions")
@Path("/api/actions/{id}")
@Produces(MediaType.APPLICATION_JSON)
public class ActionChangeResource {

    private final ActionChanges changes;

    public ActionChangeResource(ActionChanges changes) {
        this.changes = changes;
    }

    @POST
    @Path("completion")
    @RolesAllowed({Roles.DSL, Roles.REPORTER})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "completeAction", summary = "Complete an action (DONE) or decline it (NOT_REQUIRED, with a rationale of substance)",
            description = "Recorded as the signed-in principal; completedBy is 'on behalf of'. actedAt: when it really "
                    + "happened. A reporter records the REPORTER actions of incidents it reported; declining an "
                    + "emergency action needs the DSL.")
    @APIResponse(responseCode = "200", description = "The action as recorded",
            content = @Content(schema = @Schema(implementation = ActionView.class)))
    @APIResponse(responseCode = "409", description = "The action is not OPEN, or the incident is closed")
    public ActionView complete(@PathParam("id") UUID id, CompletionRequest request) {
        return changes.complete(id, request);
    }

    @POST
    @Path("addenda")
    @RolesAllowed(Roles.DSL)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addActionAddendum", summary = "Append a correction to a completed action",
            description = "Append-only and attributed; nothing recorded is overwritten. 409 while the action is OPEN.")
    @APIResponse(responseCode = "201", description = "The action with its addenda",
            content = @Content(schema = @Schema(implementation = ActionView.class)))
    @APIResponse(responseCode = "409", description = "The action is still OPEN, or the incident is closed")
    public Response addendum(@PathParam("id") UUID id, AddendumRequest request) {
        ActionView action = changes.addendum(id, request);
        return Response.created(URI.create("/api/actions/" + id + "/addenda/" + action.addenda()
                .get(action.addenda().size() - 1).id())).entity(action).build();
    }
}
