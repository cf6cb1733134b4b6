package org.esafety.impact;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An impact job as {@code GET /api/admin/rules/impact/{id}} shows it: its progress and counts so far, and the
 * incidents whose decision the candidate changes (those of the caller's filter). {@code changed} counts every
 * changed incident; {@code changes} lists at most {@code esafety.rules.impact.max-changes} of them
 * ({@code truncated} when there were more). No name, summary or pupil reference.
 */
public record ImpactReport(UUID id, ImpactJob.Status status, String startedBy, Instant startedAt, Instant finishedAt,
                           ImpactScope scope, String inForceVersion, String candidateVersion, long total,
                           long processed, long changed, long failed, boolean truncated, List<Count> byCategory,
                           List<Count> bySchool, List<RuleCount> byRule, List<IncidentChange> changes,
                           List<Failure> failures, String error) {

    /** Incidents of one category or school: how many were re-decided and how many of them changed. */
    public record Count(String name, long processed, long changed) {
    }

    /** A rule that fired for some incidents under one set and not the other, and for how many. */
    public record RuleCount(String id, String name, long firedInForceOnly, long firedInCandidateOnly) {
    }

    /** An incident that could not be re-decided (its school is gone, its stored facts unreadable, a set failed). */
    public record Failure(UUID incidentId, String reference, String schoolId, String message) {
    }

    /** A job in a list: everything but the per-incident lines. */
    public record Summary(UUID id, ImpactJob.Status status, String startedBy, Instant startedAt, Instant finishedAt,
                          ImpactScope scope, String inForceVersion, String candidateVersion, long total,
                          long processed, long changed, long failed) {
    }

    Summary summary() {
        return new Summary(id, status, startedBy, startedAt, finishedAt, scope, inForceVersion, candidateVersion,
                total, processed, changed, failed);
    }
}
