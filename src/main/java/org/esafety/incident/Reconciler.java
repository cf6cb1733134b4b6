package org.esafety.incident;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.esafety.action.ActionService;
import org.esafety.action.ActionStatus;
import org.esafety.action.Decision;
import org.esafety.action.IncidentInstruction;
import org.esafety.action.Ranked;
import org.esafety.action.RequiredAction;
import org.esafety.policy.IncidentFacts;

/**
 * Applies a new decision to an incident's actions (decision-table §4): one still required keeps its id,
 * status and deadline; one no longer required that is OPEN is superseded; completed ones stay as they
 * are; one newly required (or required again after being superseded) is added with its deadline counted
 * from the reassessment; the order is recomputed over the actions that are not superseded.
 */
@ApplicationScoped
public class Reconciler {

    Evaluation apply(Incident incident, IncidentFacts facts, Decision decision, Instant awareAt) {
        List<RequiredAction> existing = RequiredAction.forIncident(incident.id);
        Map<String, RequiredAction> live = existing.stream().filter(a -> a.status != ActionStatus.SUPERSEDED)
                .collect(Collectors.toMap(a -> a.code, Function.identity(), (a, b) -> a));
        Map<String, Decision.DecidedAction> required = decision.actions().stream()
                .collect(Collectors.toMap(Decision.DecidedAction::code, Function.identity()));
        List<String> added = new ArrayList<>();
        List<String> superseded = new ArrayList<>();
        List<Decision.DecidedAction> toAdd = new ArrayList<>();
        for (Decision.DecidedAction a : decision.actions()) {
            RequiredAction kept = live.get(a.code());
            if (kept == null) {
                toAdd.add(a);
                added.add(a.code());
            } else if (kept.status == ActionStatus.OPEN) {
                // Still required and still open: the new decision says who acts and why (a new fact can
                // make the person holding a role the subject, who must never act on it).
                kept.responsible = a.responsible();
                kept.rules = a.rules();
                kept.ruleIds = a.ruleIds();
                kept.sources = a.sources();
                kept.contact = a.contact();
            }
        }
        live.values().stream().filter(a -> a.status == ActionStatus.OPEN && !required.containsKey(a.code))
                .sorted(Comparator.comparing((RequiredAction a) -> a.code)).forEach(a -> superseded.add(a.code));
        Evaluation evaluation = Evaluations.record(incident.id, Evaluation.Trigger.REASSESSMENT, awareAt, facts,
                decision, added, superseded);
        List<RequiredAction> all = new ArrayList<>(existing);
        for (RequiredAction a : existing) {
            if (superseded.contains(a.code) && a.status == ActionStatus.OPEN) {
                a.status = ActionStatus.SUPERSEDED;
                a.supersededBy = evaluation.id;
                a.position = null;
            }
        }
        for (Decision.DecidedAction a : toAdd) {
            RequiredAction action = Evaluations.newAction(incident, evaluation.id, awareAt, a);
            action.persist();
            all.add(action);
        }
        List<RequiredAction> ranked = all.stream().filter(a -> a.status != ActionStatus.SUPERSEDED)
                .sorted(Ranked.ORDER).toList();
        for (int i = 0; i < ranked.size(); i++) {
            ranked.get(i).position = i + 1;
        }
        IncidentInstruction.persist(Evaluations.instructions(incident.id, evaluation.id, decision));
        incident.legality = decision.legality();
        incident.ruleSetVersion = decision.ruleSetVersion();
        incident.evaluatedAt = decision.evaluatedAt();
        incident.status = ActionService.statusAfterChange(incident.id);
        return evaluation;
    }
}
