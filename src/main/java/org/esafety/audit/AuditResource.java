package org.esafety.audit;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.esafety.access.Caller;
import org.esafety.access.Roles;
import org.esafety.access.SchoolDirectory;
import org.esafety.common.Page;
import org.esafety.common.QueryParams;

/** The audit trail and its verification, for auditors. */
@Tag(name = "Audit")
@Path("/api/audit")
@RolesAllowed(Roles.AUDITOR)
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    /**
     * An entry as api.md shows it, plus the version a RULE_SET_LOADED entry loaded, the principal an administrator's
     * entry is about, and the key id its HMAC was made with (null: a legacy SHA-256 entry); the recorded state is
     * not shown (the verification compares it).
     */
    public record EntryView(UUID id, Instant at, String actor, String kind, UUID incidentId, String digest,
                            String hash, String previousHash, String ruleSetVersion, String subject, String macKeyId) {
        static EntryView of(AuditEntry e) {
            return new EntryView(e.id, e.at, e.actor, e.kind, e.incidentId, e.digest, e.hash, e.previousHash,
                    e.ruleSetVersion, e.subject, e.macKeyId);
        }
    }

    /**
     * What a caller bound to some schools sees: the rule-set chain and the chains of its schools' incidents. A caller
     * bound to every configured school sees every chain, the admin chain included. A monitoring alert's chain (which
     * names no incident) is read with the alert, by those who may read the alert ({@code /api/alerts/{id}}).
     */
    private static final String VISIBLE = "(chain = :ruleSet or incidentId in "
            + "(select i.id from Incident i where i.schoolId in :schools))";

    private final AuditVerifier verifier;
    private final Caller caller;
    private final SchoolDirectory directory;

    public AuditResource(AuditVerifier verifier, Caller caller, SchoolDirectory directory) {
        this.verifier = verifier;
        this.caller = caller;
        this.directory = directory;
    }

    @GET
    @Transactional
    @Operation(operationId = "listAuditEntries", summary = "Audit entries, oldest first", description = "With incidentId: that incident's chain in the order it was appended")
    public Page<EntryView> list(
            @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @QueryParam("incidentId")
            String incidentId,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0"))
            @QueryParam("page") String page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
            @QueryParam("size") String size) {
        QueryParams p = new QueryParams();
        UUID incident = p.uuid("incidentId", incidentId);
        int pageNo = p.page(page);
        int pageSize = p.size(size);
        p.check();
        // One incident's entries are one chain: in the order they were appended (seq), which is the order of the
        // changes even when instances' clocks disagree; across chains, by time.
        PanacheQuery<AuditEntry> query;
        if (global()) {
            query = incident == null ? AuditEntry.findAll(Sort.ascending("at", "chain", "seq"))
                    : AuditEntry.find("incidentId", Sort.ascending("seq"), incident);
        } else {
            Parameters visible = Parameters.with("schools", caller.schoolIds().isEmpty() ? Set.of("") : caller.schoolIds())
                    .and("ruleSet", AuditEntry.RULE_SET_CHAIN);
            query = incident == null ? AuditEntry.find(VISIBLE, Sort.ascending("at", "chain", "seq"), visible)
                    : AuditEntry.find("incidentId = :incident and " + VISIBLE, Sort.ascending("seq"),
                            visible.and("incident", incident));
        }
        return new Page<>(query.page(pageNo, pageSize).list().stream().map(EntryView::of).toList(), pageNo, pageSize,
                query.count());
    }

    @GET
    @Path("verification")
    @Operation(operationId = "verifyAuditTrail", summary = "Walk the chains and incidents of the caller's schools and report what does not hold",
            description = "Each chain's HMACs, links and head; each incident's chain and its state now against the "
                    + "last audited state. A caller bound to every configured school gets the global answer (the "
                    + "admin chain and chains whose incident is gone included).")
    public AuditVerifier.TrailVerification verify() {
        return verifier.verify(global() ? null : caller.schoolIds());
    }

    /** Whether the caller is bound to every configured school: it sees the whole trail. */
    private boolean global() {
        return caller.schoolIds().containsAll(directory.ids());
    }
}
