package org.esafety.incident;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.SQLRestriction;

import org.esafety.policy.Category;
import org.esafety.policy.Circumstances;
import org.esafety.policy.DslAssessment;
import org.esafety.policy.ExternalOutcome;
import org.esafety.policy.Legality;
import org.esafety.policy.ReportedLegality;

/** A reported incident, the facts as they now stand and the legality of its latest evaluation. */
@Entity
public class Incident extends PanacheEntityBase {

    @Id
    public UUID id;
    public String schoolId;
    /** The readable reference, unique per school and year ({@code CLA-2026-0042}). */
    public String reference;
    public String source;
    public String externalRef;
    /** SHA-256 of the request as the client sent it: a repeat must match it exactly. */
    public String requestHash;
    public Instant reportedAt;
    public Instant occurredAt;
    public Instant receivedAt;
    @Enumerated(EnumType.STRING)
    public Category category;
    @Enumerated(EnumType.STRING)
    public ReportedLegality reportedLegality;
    public String reportedByRole;
    public String reportedByRef;
    /** The flags of decision-table §1 as they now stand, null meaning unknown (stored as JSON). */
    @Convert(converter = CircumstancesConverter.class)
    public Circumstances circumstances;
    public String url;
    public String summary;
    @Enumerated(EnumType.STRING)
    public DslAssessment dslAssessment;
    @Enumerated(EnumType.STRING)
    public ExternalOutcome externalOutcome;
    @Enumerated(EnumType.STRING)
    public IncidentStatus status;
    @Enumerated(EnumType.STRING)
    public Legality legality;
    public String ruleSetVersion;
    public Instant evaluatedAt;
    public Instant closedAt;
    /** Closure "on behalf of": the free-text name a caller gave, never the actor. */
    public String closedBy;
    /** Who closed it, from the credentials, and the name they had then. */
    public String closedByPrincipal;
    public String closedByName;
    /** The principal whose request created the incident: a reporter reads only its own. */
    public String submittedBy;
    /** The submitter's display name when it reported. */
    public String submittedByName;
    /**
     * The roles the latest decision keeps away from the case because its subject holds them, as
     * {@code ",DSL,HEADTEACHER,"}: a principal in one of those positions never sees the incident in a list.
     */
    public String subjectRoles;
    @Column(name = "close_note")
    public String closeNote;
    @Version
    public long version;

    /** The current parties; a page of incidents loads the parties of all of them in one query. */
    @OneToMany(mappedBy = "incident", cascade = CascadeType.ALL, orphanRemoval = false)
    @BatchSize(size = 100)
    @OrderBy("position")
    @SQLRestriction("replaced_at is null")
    public List<IncidentParty> parties = new ArrayList<>();

    public static Optional<Incident> findByKey(String schoolId, String source, String externalRef) {
        return find("schoolId = ?1 and source = ?2 and externalRef = ?3", schoolId, source, externalRef)
                .firstResultOptional();
    }
}
