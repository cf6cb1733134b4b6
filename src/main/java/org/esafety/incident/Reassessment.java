package org.esafety.incident;

import java.util.List;
import java.util.Map;
import org.esafety.policy.DslAssessment;
import org.esafety.policy.ExternalOutcome;
import org.esafety.policy.ReportedLegality;

/**
 * New facts for an incident (decision-table §4). Only what was sent is applied: circumstances merge key
 * by key (a null value makes a flag unknown again); the others replace the previous value when present.
 */
public record Reassessment(
        Map<String, Boolean> circumstances,
        List<PartyRequest> parties,
        boolean reportedLegalitySent, ReportedLegality reportedLegality,
        boolean dslAssessmentSent, DslAssessment dslAssessment,
        boolean externalOutcomeSent, ExternalOutcome externalOutcome,
        String reassessedBy) {
}
