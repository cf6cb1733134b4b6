package org.esafety.rules;

import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.esafety.access.Caller;
import org.esafety.access.Roles;

/** The rule set for auditors: version, files with their hashes, and every rule with its source. */
@Tag(name = "Rules")
@Path("/api/rules")
public class RuleResource {

    /** The body of GET /api/rules. */
    public record RulesView(String version, Instant loadedAt, List<FileView> files, List<RuleInfo> rules) {
    }

    /** A rule file's name and SHA-256. */
    public record FileView(String name, String sha256) {
    }

    private final RuleSetHolder holder;
    private final RuleSetAudit audit;
    private final Caller caller;

    public RuleResource(RuleSetHolder holder, RuleSetAudit audit, Caller caller) {
        this.caller = caller;
        this.holder = holder;
        this.audit = audit;
    }

    @GET
    @RolesAllowed(Roles.AUDITOR)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getRules", summary = "The rule set in force: version, files and rules")
    public RulesView rules() {
        return view(holder.current());
    }

    @GET
    @Path("files/{name}")
    @RolesAllowed(Roles.AUDITOR)
    @Produces(MediaType.TEXT_PLAIN + ";charset=UTF-8")
    @Operation(operationId = "getRuleFile", summary = "One rule file exactly as loaded")
    public String file(@PathParam("name") String name) {
        return holder.current().file(name).text();
    }

    @POST
    @Path("reload")
    @RolesAllowed(Roles.ADMIN)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "reloadRules", summary = "Compile rules/ from disk and swap it in atomically",
            description = "422 rules-invalid with each file and line on errors; the current set keeps serving")
    @APIResponse(responseCode = "200", description = "The new rule set in force",
            content = @Content(schema = @Schema(implementation = RulesView.class)))
    @APIResponse(responseCode = "422",
            description = "rules-invalid: violations name each file and line; the current set keeps serving")
    public RulesView reload() {
        return reload(holder, audit, caller.principalId());
    }

    /** Compiles rules/ from disk, swaps it in and records the load in the audit trail (422 on errors). */
    public static RulesView reload(RuleSetHolder holder, RuleSetAudit audit, String actor) {
        RuleSet next = holder.reload();
        audit.loaded(next, actor);
        return view(next);
    }

    static RulesView view(RuleSet set) {
        return new RulesView(set.version(), set.loadedAt(),
                set.files().stream().map(f -> new FileView(f.name(), f.sha256())).toList(), set.rules());
    }
}
