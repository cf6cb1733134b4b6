package org.esafety.impact;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.esafety.action.Decision;
import org.esafety.action.Decision.DecidedAction;
import org.esafety.impact.IncidentChange.DeadlineChange;
import org.esafety.impact.IncidentChange.RoleChange;

/**
 * Two decisions of the same facts, compared: the rules that fired under one set only, and whether the decision
 * itself differs (legality, actions required, their roles and deadline kinds). Due instants are not compared: they
 * follow from the deadline kind and the moment of awareness, which is the same for both.
 */
record Comparison(List<String> rulesOnlyInForce, List<String> rulesOnlyInCandidate, boolean decisionChanged,
                  List<String> actionsAdded, List<String> actionsRemoved, List<RoleChange> responsibleChanged,
                  List<DeadlineChange> deadlineChanged) {

    static Comparison of(Decision inForce, Decision candidate) {
        Map<String, DecidedAction> before = byCode(inForce);
        Map<String, DecidedAction> after = byCode(candidate);
        List<String> added = after.keySet().stream().filter(c -> !before.containsKey(c)).toList();
        List<String> removed = before.keySet().stream().filter(c -> !after.containsKey(c)).toList();
        List<RoleChange> roles = before.values().stream().filter(a -> after.containsKey(a.code()))
                .filter(a -> a.responsible() != after.get(a.code()).responsible())
                .map(a -> new RoleChange(a.code(), a.responsible(), after.get(a.code()).responsible())).toList();
        List<DeadlineChange> deadlines = before.values().stream().filter(a -> after.containsKey(a.code()))
                .filter(a -> a.deadline() != after.get(a.code()).deadline())
                .map(a -> new DeadlineChange(a.code(), a.deadline(), after.get(a.code()).deadline())).toList();
        boolean changed = !Objects.equals(inForce.legality(), candidate.legality()) || !added.isEmpty()
                || !removed.isEmpty() || !roles.isEmpty() || !deadlines.isEmpty();
        return new Comparison(only(inForce, candidate), only(candidate, inForce), changed, added, removed, roles,
                deadlines);
    }

    /** The incident's line of the report when its decision changed. */
    Optional<IncidentChange> change(ImpactReader.Stored incident, Decision inForce, Decision candidate) {
        if (!decisionChanged) {
            return Optional.empty();
        }
        return Optional.of(new IncidentChange(incident.id(), incident.reference(), incident.schoolId(),
                incident.category(), inForce.legality(), candidate.legality(), actionsAdded,
                actionsRemoved, responsibleChanged, deadlineChanged, rulesOnlyInForce, rulesOnlyInCandidate));
    }

    private static Map<String, DecidedAction> byCode(Decision decision) {
        Map<String, DecidedAction> byCode = new LinkedHashMap<>();
        decision.actions().forEach(a -> byCode.put(a.code(), a));
        return byCode;
    }

    private static List<String> only(Decision in, Decision notIn) {
        Set<String> other = Set.copyOf(notIn.firedRules());
        return new LinkedHashSet<>(in.firedRules()).stream().filter(r -> !other.contains(r)).toList();
    }
}
