package org.esafety.incident;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.esafety.action.ActionStatus;
import org.esafety.action.Decision;
import org.esafety.action.IncidentInstruction;
import org.esafety.action.RequiredAction;
import org.esafety.common.Json;
import org.esafety.policy.IncidentFacts;

/** Builds the rows one evaluation writes: its record, new actions and its instructions. */
final class Evaluations {

    private Evaluations() {
    }

    static Evaluation record(UUID incidentId, Evaluation.Trigger trigger, Instant awareAt, IncidentFacts facts,
                             Decision decision, List<String> added, List<String> superseded) {
        Evaluation e = new Evaluation();
        e.id = UUID.randomUUID();
        e.incidentId = incidentId;
        e.evaluatedAt = decision.evaluatedAt();
        e.awareAt = awareAt;
        e.trigger = trigger;
        e.ruleSetVersion = decision.ruleSetVersion();
        e.legality = decision.legality();
        e.facts = Json.write(facts);
        e.firedRules = decision.firedRules();
        e.actionsAdded = added;
        e.actionsSuperseded = superseded;
        e.persist();
        return e;
    }

    static RequiredAction newAction(Incident incident, UUID evaluationId, Instant awareAt, Decision.DecidedAction a) {
        RequiredAction action = new RequiredAction();
        action.id = UUID.randomUUID();
        action.incidentId = incident.id;
        action.schoolId = incident.schoolId;
        action.evaluationId = evaluationId;
        action.code = a.code();
        action.responsible = a.responsible();
        action.deadlineKind = a.deadline();
        action.band = a.band();
        action.awareAt = awareAt;
        action.dueAt = a.dueAt();
        action.position = a.order();
        action.status = ActionStatus.OPEN;
        action.rules = a.rules();
        action.ruleIds = a.ruleIds();
        action.sources = a.sources();
        action.contact = a.contact();
        return action;
    }

    static List<IncidentInstruction> instructions(UUID incidentId, UUID evaluationId, Decision decision) {
        return decision.instructions().stream().map(i -> {
            IncidentInstruction row = new IncidentInstruction();
            row.id = UUID.randomUUID();
            row.incidentId = incidentId;
            row.evaluationId = evaluationId;
            row.code = i.code();
            row.rules = i.rules();
            row.sources = i.sources();
            return row;
        }).toList();
    }
}
