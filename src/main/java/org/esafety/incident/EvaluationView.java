package org.esafety.incident;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.esafety.policy.Legality;

/** One evaluation of an incident as GET /api/incidents/{id}/evaluations shows it. */
public record EvaluationView(UUID id, Instant evaluatedAt, Evaluation.Trigger trigger, String ruleSetVersion,
                             JsonNode facts, Legality legality, List<String> firedRules, List<String> actionsAdded,
                             List<String> actionsSuperseded) {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    static EvaluationView of(Evaluation e) {
        try {
            return new EvaluationView(e.id, e.evaluatedAt, e.trigger, e.ruleSetVersion, MAPPER.readTree(e.facts),
                    e.legality, e.firedRules, e.actionsAdded, e.actionsSuperseded);
        } catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
            throw new IllegalStateException("stored facts are not JSON", ex);
        }
    }
}
