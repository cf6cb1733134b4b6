package org.esafety.action;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.esafety.policy.Responsible;
import org.esafety.rules.RuleOutcome.Reassignment;
import org.esafety.rules.RuleRef;

/**
 * Applies the rules' "the subject never acts" substitutions (decision-table §3.5) to a default role:
 * follows them, in the order the rules gave them, to the first role that no substitution replaces.
 */
final class Substitutions {

    /** The role that acts, and the rules that moved the action to it. */
    record Resolved(Responsible role, List<RuleRef> rules) {
    }

    private final Map<Responsible, List<Reassignment>> byFrom = new LinkedHashMap<>();

    Substitutions(List<Reassignment> reassignments) {
        reassignments.forEach(r -> byFrom.computeIfAbsent(r.from(), f -> new ArrayList<>()).add(r));
    }

    /** Breadth-first along the substitutions; a role held by no subject ends the search. */
    Resolved resolve(Responsible role) {
        if (!byFrom.containsKey(role)) {
            return new Resolved(role, List.of());
        }
        record Step(Responsible role, List<RuleRef> rules) {
        }
        Deque<Step> queue = new ArrayDeque<>(List.of(new Step(role, List.of())));
        Set<Responsible> seen = new HashSet<>();
        while (!queue.isEmpty()) {
            Step step = queue.poll();
            if (!byFrom.containsKey(step.role())) {
                return new Resolved(step.role(), step.rules());
            }
            if (!seen.add(step.role())) {
                continue;
            }
            for (Reassignment r : byFrom.get(step.role())) {
                List<RuleRef> rules = new ArrayList<>(step.rules());
                rules.add(r.rule());
                queue.add(new Step(r.to(), rules));
            }
        }
        throw new IllegalStateException("every role that could take an action for " + role
                + " is held by a subject of the incident; the rules must name one who is not");
    }
}
