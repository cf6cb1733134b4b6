package org.esafety.rules;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.esafety.access.Caller;
import org.esafety.access.Roles;

/** The rule set's administration, for the admin role: reloading the rules folder from the server's disk. */
@Tag(name = "Rules")
@Path("/api/admin/rules")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class RuleAdminResource {

    private final RuleSetHolder holder;
    private final RuleSetAudit audit;
    private final Caller caller;

    public RuleAdminResource(RuleSetHolder holder, RuleSetAudit audit, Caller caller) {
        this.holder = holder;
        this.audit = audit;
        this.caller = caller;
    }

    @POST
    @Path("reload")
    @Operation(operationId = "reloadRulesAsAdmin", summary = "Compile rules/ from disk and swap it in atomically (the same as POST /api/rules/reload)",
            description = "422 rules-invalid with each file and line on errors (a rule that does not compile, a "
                    + "catalogue entry without its band, an action no catalogue entry lists); the current set keeps serving")
    @APIResponse(responseCode = "200", description = "The new rule set in force",
            content = @Content(schema = @Schema(implementation = RuleResource.RulesView.class)))
    @APIResponse(responseCode = "422",
            description = "rules-invalid: violations name each file and line; the current set keeps serving")
    public RuleResource.RulesView reload() {
        return RuleResource.reload(holder, audit, caller.principalId());
    }
}
