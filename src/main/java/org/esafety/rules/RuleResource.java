package org.esafety.rules;

import java.time.Instant;
import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

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

    public RuleResource(RuleSetHolder holder) {
        this.holder = holder;
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

    static RulesView view(RuleSet set) {
        return new RulesView(set.version(), set.loadedAt(),
                set.files().stream().map(f -> new FileView(f.name(), f.sha256())).toList(), set.rules());
    }
}
