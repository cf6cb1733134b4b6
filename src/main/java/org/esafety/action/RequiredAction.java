package org.esafety.action;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.esafety.common.StringListConverter;
import org.esafety.policy.DeadlineKind;
import org.esafety.policy.Responsible;
import org.esafety.rules.RuleRef;

/** An action an evaluation required for an incident. Never deleted: completed, declined or superseded. */
@Entity
public class RequiredAction extends PanacheEntityBase implements Ranked {

    @Id
    public UUID id;
    public UUID incidentId;
    public String schoolId;
    /** The evaluation that added it. */
    public UUID evaluationId;
    public String code;
    @Enumerated(EnumType.STRING)
    public Responsible responsible;
    @Enumerated(EnumType.STRING)
    public DeadlineKind deadlineKind;
    public int band;
    /** When the school became aware of the facts that required it: the deadline counts from here. */
    public Instant awareAt;
    public Instant dueAt;
    /** Rank among the incident's actions that are not superseded; null once superseded. */
    public Integer position;
    @Enumerated(EnumType.STRING)
    public ActionStatus status;
    /** Each rule that required it (or moved it to its role), with the policy clause it cites. */
    @Convert(converter = ProvenanceConverter.class)
    public List<RuleRef> provenance;
    /** Rows written before provenance was kept as pairs (V8): the rule names and the sources, unpaired. */
    @Convert(converter = StringListConverter.class)
    @Column(name = "rules", insertable = false, updatable = false)
    public List<String> legacyRules;
    @Convert(converter = StringListConverter.class)
    @Column(name = "sources", insertable = false, updatable = false)
    public List<String> legacySources;
    public String contact;
    /** The evaluation that superseded it. */
    public UUID supersededBy;
    /**
     * An OPEN action of bands 1–4 that the rules stopped requiring at this evaluation: it stays OPEN until a person
     * records what was done or why not (decision-table §4, v6); null while the rules require it.
     */
    public UUID noLongerRequiredSince;
    /** When the school became aware of the facts after which the rules no longer require it. */
    public Instant noLongerRequiredAt;
    public Instant completedAt;
    /** "On behalf of": the free-text name the completion gave, never the actor. */
    public String completedBy;
    /** Who completed it, from the credentials, and the name they had then. */
    public String completedByPrincipal;
    public String completedByName;
    /** When it really happened, if not when it was recorded. */
    public Instant actedAt;
    /** The roles the incident's latest decision keeps away from the case (RoleList format): lists leave it out for them. */
    public String subjectRoles;
    @Enumerated(EnumType.STRING)
    public ActionStatus outcome;
    public String note;
    public String rationale;
    public String externalReference;
    @Version
    public long version;

    /** api.md's {@code rules}: the names of the rules that required it. */
    public List<String> ruleNames() {
        return provenance != null ? Provenance.names(provenance) : legacyRules == null ? List.of() : legacyRules;
    }

    /** api.md's {@code sources}. */
    public List<String> ruleSources() {
        return provenance != null ? Provenance.sources(provenance) : legacySources == null ? List.of() : legacySources;
    }

    public static List<RequiredAction> forIncident(UUID incidentId) {
        return list("incidentId", incidentId);
    }

    @Override
    public int band() {
        return band;
    }

    @Override
    public Instant dueAt() {
        return dueAt;
    }

    @Override
    public String code() {
        return code;
    }
}
