package org.esafety.incident;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.esafety.policy.Legality;
import org.esafety.policy.Responsible;

/**
 * One evaluation of an incident as GET /api/incidents/{id}/evaluations shows it: the facts as evaluated, what fired,
 * what it added, superseded or left OPEN as no longer required, the roles it kept away from the case (the subject's),
 * who ran it and why.
 */
public record EvaluationView(UUID id, Instant evaluatedAt, Evaluation.Trigger trigger, String ruleSetVersion,
                             JsonNode facts, Legality legality, List<String> firedRules, List<String> actionsAdded,
                             List<String> actionsSuperseded, List<String> actionsNoLongerRequired,
                             Set<Responsible> excludedRoles, String actor, String actorName, String onBehalfOf,
                             String reason) {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** As an auditor reads it: the actor's principal without names, the reason only as marked for auditors. */
    EvaluationView forAuditor() {
        return new EvaluationView(id, evaluatedAt, trigger, ruleSetVersion, facts, legality, firedRules, actionsAdded,
                actionsSuperseded, actionsNoLongerRequired, excludedRoles, actor, actor, null,
                Redaction.forAuditors(reason));
    }

    static EvaluationView of(Evaluation e) {
        try {
            return new EvaluationView(e.id, e.evaluatedAt, e.trigger, e.ruleSetVersion, MAPPER.readTree(e.facts),
                    e.legality, e.firedRules, e.actionsAdded, e.actionsSuperseded,
                    e.actionsNoLongerRequired == null ? List.of() : e.actionsNoLongerRequired, e.excludedRoles,
                    e.actor, e.actorName, e.onBehalfOf, e.reason);
        } catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
            throw new IllegalStateException("stored facts are not JSON", ex);
        }
    }
}
