package org.esafety.incident;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.esafety.common.Violation;
import org.esafety.policy.Category;
import org.esafety.policy.DslAssessment;
import org.esafety.policy.ExternalOutcome;
import org.esafety.policy.ReportedLegality;

/**
 * New facts for an incident (decision-table §4), as the API ({@link ReassessmentParser}) and the incident page
 * both build it. Only what was sent is applied: {@code circumstances} merge key by key (a null value makes a
 * flag unknown again); {@code parties}, when not null, replace the list; {@code category}, when not null,
 * corrects what the reporter chose (v6 §4: it needs a {@code reason}); a {@link Change} replaces the previous
 * value (possibly with null, clearing it), and a null {@code Change} leaves it as it was. {@code reason} says why
 * the facts changed, for the history.
 */
public record Reassessment(
        Map<String, Boolean> circumstances,
        List<PartyRequest> parties,
        Category category,
        Change<ReportedLegality> reportedLegality,
        Change<DslAssessment> dslAssessment,
        Change<ExternalOutcome> externalOutcome,
        String reassessedBy,
        String reason) {

    /** A reassessment's reason is free text for staff: never sent to the rules or the logs. */
    public static final int MAX_REASON = 2000;

    /** A value the reassessment sets; {@code value} null clears it. */
    public record Change<T>(T value) {
    }

    public Reassessment {
        circumstances = circumstances == null ? Map.of() : circumstances;
    }

    /** Whether anything at all is new. */
    public boolean isEmpty() {
        return circumstances.isEmpty() && parties == null && category == null && reportedLegality == null
                && dslAssessment == null && externalOutcome == null;
    }

    /** What is wrong with it however it was built (the API and the page both send it here). */
    public List<Violation> violations() {
        List<Violation> violations = new ArrayList<>();
        if (reassessedBy != null && reassessedBy.length() > 100) {
            violations.add(new Violation("reassessedBy", "reassessedBy is at most 100 characters"));
        }
        if (reason != null && reason.length() > MAX_REASON) {
            violations.add(new Violation("reason", "reason is at most " + MAX_REASON + " characters"));
        }
        if (category != null && (reason == null || reason.isBlank())) {
            violations.add(new Violation("reason", "correcting the category needs the reason for it"));
        }
        if (isEmpty()) {
            violations.add(new Violation("", "nothing to reassess: send circumstances, parties, category, "
                    + "reportedLegality, dslAssessment or externalOutcome"));
        }
        return violations;
    }
}
