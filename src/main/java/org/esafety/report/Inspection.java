package org.esafety.report;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.esafety.action.ActionStatus;
import org.esafety.incident.IncidentStatus;
import org.esafety.policy.Category;
import org.esafety.policy.ExternalOutcome;
import org.esafety.policy.Legality;

/**
 * GET /api/reports/inspection: what an inspector asks for on the first morning, for the incidents reported in
 * [from, to): every referral to the DSL (each incident), the cases passed to the local authority and the LADO
 * referrals, with brief outcomes. References and ids, dates, categories and statuses; never a name, a summary, a
 * pupil reference or staff's free text. Each list holds at most {@value InspectionQueries#MAX_ROWS} rows
 * ({@code truncated} says when more matched).
 */
public record Inspection(String schoolId, Instant from, Instant to, Instant generatedAt, List<IncidentRow> incidents,
                         List<ReferralRow> localAuthority, List<ReferralRow> lado, boolean truncated) {

    /** One incident reported to the DSL: when, what, how serious, where it stands, and when the DSL first acted. */
    public record IncidentRow(UUID incidentId, String reference, String schoolId, Instant reportedAt, Category category,
                              Legality legality, IncidentStatus status, Instant dslFirstActedAt, Instant closedAt) {
    }

    /**
     * One referral: the incident, the action (its code and title), its status, deadline and when it was done or
     * declined, the agency's reference, and what the agency concluded ({@code agencyOutcome}, from reassessment).
     */
    public record ReferralRow(UUID incidentId, String reference, String schoolId, Instant reportedAt, Category category,
                              String code, String title, ActionStatus status, Instant dueAt, Instant completedAt,
                              String externalReference, ExternalOutcome agencyOutcome, IncidentStatus incidentStatus) {
    }
}
