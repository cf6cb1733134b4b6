package org.esafety.report;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.esafety.incident.IncidentStatus;
import org.esafety.policy.Category;
import org.esafety.policy.Legality;

/**
 * GET /api/reports/summary: the governors' termly figures for the incidents reported in [from, to). Aggregates only:
 * no summary, name or pupil reference; the rationales of declined actions are listed for the JSON and the page only
 * (never in the CSV or PDF), and an auditor reads them as every auditor reads staff's free text (names withheld).
 */
public record Summary(String schoolId, Instant from, Instant to, Instant generatedAt, Incidents incidents,
                      List<Referral> referrals, Timing firstDslAction, long incidentsWithoutDslAction,
                      Lateness lateness, Declined declined, List<Tally> filtering) {

    /** Incidents by category (those reported), by the legality of their latest evaluation, and by status. */
    public record Incidents(long total, List<CategoryCount> byCategory, List<LegalityCount> byLegality,
                            List<StatusCount> byStatus) {
    }

    public record CategoryCount(Category category, long count) {
    }

    public record LegalityCount(Legality legality, long count) {
    }

    public record StatusCount(IncidentStatus status, long count) {
    }

    /**
     * One kind of referral (an action code) and what was recorded of it: how many were required, are open, overdue,
     * done (with or without the agency's reference), declined or superseded, done or declined late; the minutes from
     * the report to its completion (median and 90th percentile) over the {@code timed} ones that were done.
     */
    public record Referral(String code, String agency, long total, long open, long overdue, long done,
                           long withExternalReference, long withoutExternalReference, long declined, long superseded,
                           long late, long timed, Long medianMinutes, Long p90Minutes) {
    }

    /** Minutes from the report to an event, over {@code measured} incidents or actions; null when none. */
    public record Timing(long measured, Long medianMinutes, Long p90Minutes) {
    }

    /** Actions completed or declined after their deadline, and actions still open past it, with the codes behind them. */
    public record Lateness(long completedLate, long stillOverdue, List<CodeLateness> byCode) {
    }

    public record CodeLateness(String code, String title, long completedLate, long stillOverdue) {
    }

    /** Actions declined (NOT_REQUIRED) with a rationale: how many of each code, and the rationales, newest first. */
    public record Declined(long total, List<CodeCount> byCode, List<DeclinedAction> rationales,
                           boolean rationalesTruncated) {
    }

    public record CodeCount(String code, String title, long count) {
    }

    public record DeclinedAction(String code, UUID incidentId, String reference, Instant declinedAt, String rationale) {
    }
}
