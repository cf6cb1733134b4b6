package org.esafety.incident;

import java.util.Set;
import java.util.UUID;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;

import org.esafety.action.DecisionService;
import org.esafety.common.Json;
import org.esafety.policy.IncidentFacts;
import org.esafety.policy.Responsible;
import org.esafety.school.School;

/**
 * The roles held by an incident's subject, which no notice of that incident may go to (decision-table §3.5), as
 * the incident's latest decision recorded them. Reminders and escalation follow the decision on the incident: a
 * later change of the rules never changes whom an earlier decision kept away.
 */
@ApplicationScoped
public class ExcludedRoles {

    private final DecisionService decisions;

    public ExcludedRoles(DecisionService decisions) {
        this.decisions = decisions;
    }

    /** Needs a transaction. */
    public Set<Responsible> of(UUID incidentId, School school) {
        Evaluation latest = Evaluation.latest(incidentId).orElseThrow();
        if (latest.excludedRoles != null) {
            return latest.excludedRoles;
        }
        // Evaluated before the exclusions were stored with each decision (V8): the facts as evaluated then are
        // decided again by the rules in force, the only way left to know whom that decision kept away.
        Log.debugf("Evaluation %s has no recorded exclusions; deciding its stored facts again", latest.id);
        IncidentFacts facts = Json.readStored(latest.facts, IncidentFacts.class);
        return decisions.decide(facts, school, latest.awareAt).excludedRoles();
    }
}
