package org.esafety.rules;

import java.time.Instant;
import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.esafety.audit.RuleSetAudit;

/** The rule set for auditors: version, files with their hashes, and every rule with its source. */
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

    public RuleResource(RuleSetHolder holder, RuleSetAudit audit) {
        this.holder = holder;
        this.audit = audit;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The rule set in force: version, files and rules")
    public RulesView rules() {
        return view(holder.current());
    }

    @GET
    @Path("files/{name}")
    @Produces(MediaType.TEXT_PLAIN + ";charset=UTF-8")
    @Operation(summary = "One rule file exactly as loaded")
    public String file(@PathParam("name") String name) {
        return holder.current().files().stream().filter(f -> f.name().equals(name)).findFirst()
                .map(RuleFile::text).orElseThrow(() -> new RuleFileNotFoundException(name));
    }

    @POST
    @Path("reload")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Compile rules/ from disk and swap it in atomically",
            description = "422 rules-invalid with each file and line on errors; the current set keeps serving")
    public RulesView reload() {
        RuleSet next = holder.reload();
        audit.loaded(next, "system:reload");
        return view(next);
    }

    static RulesView view(RuleSet set) {
        return new RulesView(set.version(), set.loadedAt(),
                set.files().stream().map(f -> new FileView(f.name(), f.sha256())).toList(), set.rules());
    }
}
