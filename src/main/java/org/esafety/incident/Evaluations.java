package org.esafety.incident;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.esafety.action.Decision;
import org.esafety.common.Attribution;
import org.esafety.common.Json;
import org.esafety.policy.IncidentFacts;

/** Writes an incident's evaluation records: the facts as evaluated, what fired, what changed, whom it excluded. */
final class Evaluations {

    private Evaluations() {
    }

    /** Who ran the rules (with, when a caller gave one, whom it acted for) and why. */
    record Actor(Attribution by, String reason) {
    }

    static Evaluation record(UUID incidentId, Evaluation.Trigger trigger, Instant awareAt, IncidentFacts facts,
                             Decision decision, List<String> added, List<String> superseded,
                             List<String> noLongerRequired, Actor actor) {
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
        e.actionsNoLongerRequired = noLongerRequired;
        e.excludedRoles = decision.excludedRoles();
        e.actor = actor.by().principal();
        e.actorName = actor.by().name();
        e.onBehalfOf = actor.by().onBehalfOf();
        e.reason = actor.reason();
        e.persist();
        return e;
    }

    /**
     * Each evaluation of an incident is stamped later than the one before, even when the clock has not moved
     * on (or runs behind another instance's), so that "oldest first" and "the latest evaluation" (whose
     * legality and instructions the view shows) never depend on a tie broken by random ids.
     */
    static Decision afterPrevious(UUID incidentId, Decision d) {
        Instant previous = Evaluation.latest(incidentId).map(e -> e.evaluatedAt).orElse(null);
        if (previous == null || d.evaluatedAt().isAfter(previous)) {
            return d;
        }
        return new Decision(d.ruleSetVersion(), d.legality(), previous.plus(1, ChronoUnit.MICROS), d.firedRules(),
                d.actions(), d.instructions(), d.excludedRoles());
    }
}
