package org.esafety.impact;

import java.util.List;
import java.util.UUID;

import org.esafety.policy.Category;
import org.esafety.policy.DeadlineKind;
import org.esafety.policy.Legality;
import org.esafety.policy.Responsible;

/**
 * How the candidate would decide one stored incident differently from the rules in force: legality before and
 * after, action codes added and removed, and for actions both require, a change of responsible role or deadline
 * kind; with the rules that fired under one set only. No name, summary or pupil reference.
 */
public record IncidentChange(UUID incidentId, String reference, String schoolId, Category category,
                             Legality legalityBefore, Legality legalityAfter, List<String> actionsAdded,
                             List<String> actionsRemoved, List<RoleChange> responsibleChanged,
                             List<DeadlineChange> deadlineChanged, List<String> rulesOnlyInForce,
                             List<String> rulesOnlyInCandidate) {

    /** An action both sets require, given to another role. */
    public record RoleChange(String code, Responsible before, Responsible after) {
    }

    /** An action both sets require, due by another kind of deadline. */
    public record DeadlineChange(String code, DeadlineKind before, DeadlineKind after) {
    }
}
