package org.esafety.incident;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import org.esafety.common.StringListConverter;
import org.esafety.policy.Legality;
import org.esafety.policy.Responsible;

/** One run of the rules for an incident: the facts as evaluated, the rule set, what fired and what changed. */
@Entity
public class Evaluation extends PanacheEntityBase {

    /** Why the rules ran. */
    public enum Trigger { INTAKE, REASSESSMENT }

    @Id
    public UUID id;
    public UUID incidentId;
    public Instant evaluatedAt;
    /** When the school became aware of these facts: deadlines of actions this evaluation added count from here. */
    public Instant awareAt;
    @Enumerated(EnumType.STRING)
    @Column(name = "trigger_kind")
    public Trigger trigger;
    public String ruleSetVersion;
    @Enumerated(EnumType.STRING)
    public Legality legality;
    /** The facts exactly as the engine saw them, as JSON: no names, references, URLs or summary. */
    public String facts;
    @Convert(converter = StringListConverter.class)
    public List<String> firedRules;
    @Convert(converter = StringListConverter.class)
    public List<String> actionsAdded;
    @Convert(converter = StringListConverter.class)
    public List<String> actionsSuperseded;
    /** OPEN actions of bands 1–4 this evaluation no longer requires, which stay OPEN for a person to decide (v6 §4). */
    @Convert(converter = StringListConverter.class)
    public List<String> actionsNoLongerRequired;
    /** The principal whose request ran the rules ("user:…", "key:…", "oidc:…"). */
    public String actor;
    /** The actor's display name when it ran them. */
    public String actorName;
    /** "On behalf of": the free-text name a reassessment gave ({@code reassessedBy}), never the actor. */
    public String onBehalfOf;
    /** Why the facts were changed (a reassessment's reason; required to correct the category). */
    public String reason;
    /**
     * The roles this decision keeps away from the case because its subject holds them (decision-table §3.5):
     * reminders and escalation of the incident skip them. Null on evaluations recorded before V8.
     */
    @Convert(converter = RoleSetConverter.class)
    public Set<Responsible> excludedRoles;

    public static List<Evaluation> forIncident(UUID incidentId) {
        return list("incidentId = ?1 order by evaluatedAt, id", incidentId);
    }

    /** The latest evaluation of each incident, in one query: evaluations of one incident never share an instant. */
    public static Map<UUID, Evaluation> latestOf(Collection<UUID> incidentIds) {
        if (incidentIds.isEmpty()) {
            return Map.of();
        }
        return Evaluation.<Evaluation>list("from Evaluation v where v.incidentId in ?1 and v.evaluatedAt ="
                        + " (select max(e.evaluatedAt) from Evaluation e where e.incidentId = v.incidentId)", incidentIds)
                .stream().collect(Collectors.toMap(e -> e.incidentId, e -> e, (a, b) -> a));
    }

    public static Optional<Evaluation> latest(UUID incidentId) {
        return find("incidentId = ?1 order by evaluatedAt desc, id desc", incidentId).firstResultOptional();
    }
}
