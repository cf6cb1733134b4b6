package org.esafety.access;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
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

import org.esafety.access.AccessRecords.ApiKeyView;
import org.esafety.access.AccessRecords.NewApiKey;
import org.esafety.access.AccessRecords.NewUser;
import org.esafety.access.AccessRecords.UserChange;
import org.esafety.access.AccessRecords.UserView;

/** Users, API keys and school bindings, for the admin role (api.md "Administration"); rule reloads are in rules. */
@Tag(name = "Administration")
@Path("/api/admin")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class AdminResource {

    private final AccessAdmin admin;
    private final Caller caller;

    public AdminResource(AccessAdmin admin, Caller caller) {
        this.admin = admin;
        this.caller = caller;
    }

    @POST
    @Path("api-keys")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "issueApiKey", summary = "Issue an API key for a machine client",
            description = "The key (esk_…) is in this answer only; the service keeps its SHA-256 alone.")
    @APIResponse(responseCode = "201", description = "Issued; the body holds the key",
            content = @Content(schema = @Schema(implementation = AccessRecords.IssuedApiKey.class)))
    public Response issueKey(NewApiKey body) {
        var issued = admin.issueKey(body, caller);
        return Response.created(URI.create("/api/admin/api-keys/" + issued.id())).entity(issued).build();
    }

    @GET
    @Path("api-keys")
    @Operation(operationId = "listApiKeys", summary = "The API keys of this admin's schools, oldest first; never the keys themselves")
    public List<ApiKeyView> keys() {
        return admin.keys(caller);
    }

    @DELETE
    @Path("api-keys/{id}")
    @Operation(operationId = "revokeApiKey", summary = "Revoke an API key (idempotent)",
            description = "Refused at once by the instance that revoked it, within esafety.access.api-key-cache-ttl "
                    + "(5 s) by the others.")
    public ApiKeyView revoke(@PathParam("id") UUID id) {
        return admin.revoke(id, caller);
    }

    @POST
    @Path("users")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createUser", summary = "Create a user who signs in with a password (form login or HTTP Basic)")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = UserView.class)))
    public Response createUser(NewUser body) {
        UserView user = admin.createUser(body, caller);
        return Response.created(URI.create("/api/admin/users/" + user.username())).entity(user).build();
    }

    @GET
    @Path("users")
    @Operation(operationId = "listUsers", summary = "The users of this admin's schools")
    public List<UserView> users() {
        return admin.users(caller);
    }

    @PATCH
    @Path("users/{username}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "changeUser", summary = "Change a user's school binding, role or password")
    public UserView change(@PathParam("username") String username, UserChange body) {
        return admin.change(username, body, caller);
    }

    @DELETE
    @Path("users/{username}")
    @Operation(operationId = "disableUser", summary = "Disable a user at once (users are never deleted; the audit trail names them)")
    public UserView disable(@PathParam("username") String username) {
        return admin.disable(username, caller);
    }
}
