package org.esafety.event;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
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

import org.esafety.access.Caller;
import org.esafety.access.Roles;
import org.esafety.event.WebhookRecords.DeliveryView;
import org.esafety.event.WebhookRecords.NewWebhook;
import org.esafety.event.WebhookRecords.WebhookView;

/** A school's webhook endpoints for events out (README "Events out (webhooks)"), for admins bound to the school. */
@Tag(name = "Administration")
@Path("/api/admin/schools/{schoolId}/webhooks")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class WebhookResource {

    private final WebhookEndpoints endpoints;
    private final Caller caller;

    public WebhookResource(WebhookEndpoints endpoints, Caller caller) {
        this.endpoints = endpoints;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "registerWebhook", summary = "Register a webhook endpoint for the school's events",
            description = "https only (http to a loopback address alone); the signing secret (given, at least 32 bytes,"
                    + " or generated) is in this answer only.")
    @APIResponse(responseCode = "201", description = "Registered; the body holds the secret",
            content = @Content(schema = @Schema(implementation = WebhookRecords.RegisteredWebhook.class)))
    public Response register(@PathParam("schoolId") String schoolId, NewWebhook body) {
        var registered = endpoints.register(schoolId, body, caller);
        return Response.created(URI.create("/api/admin/schools/" + schoolId + "/webhooks/" + registered.id()))
                .entity(registered).build();
    }

    @GET
    @Operation(operationId = "listWebhooks", summary = "The school's webhook endpoints, oldest first; never their secrets")
    public List<WebhookView> list(@PathParam("schoolId") String schoolId) {
        return endpoints.list(schoolId, caller);
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "disableWebhook", summary = "Disable a webhook endpoint at once (idempotent); nothing more is sent to it")
    public WebhookView disable(@PathParam("schoolId") String schoolId, @PathParam("id") UUID id) {
        return endpoints.disable(schoolId, id, caller);
    }

    @GET
    @Path("{id}/deliveries")
    @Operation(operationId = "listWebhookDeliveries", summary = "The latest 100 deliveries to a webhook endpoint, newest first")
    public List<DeliveryView> deliveries(@PathParam("schoolId") String schoolId, @PathParam("id") UUID id) {
        return endpoints.deliveries(schoolId, id, caller);
    }
}
