package org.esafety.alert;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.esafety.policy.Category;

/**
 * An alert as the API shows it. {@code details} (the user, device, captured text, messages, the dismissal's reason)
 * are personal data: only the DSL's side of the school sees them (shownAs FULL); everyone else gets null
 * (shownAs REDACTED): the levels, types, times, status and the history.
 */
public record AlertView(UUID id, String schoolId, Vendor vendor, String vendorEventId,
                        @Schema(description = "The level as the product sent it: \"5\", \"CRITICAL\", \"5 callNow\"") String vendorLevel,
                        @Schema(description = "1 (lowest) to 5 (highest)") int level,
                        @Schema(description = "The product's highest level: the DSL and the deputy were told at once") boolean urgent,
                        String eventType, Category suggestedCategory, Instant occurredAt, Instant receivedAt,
                        AlertStatus status, UUID incidentId, String decidedBy, Instant decidedAt, ShownAs shownAs,
                        Details details, List<HistoryEntry> history) {

    /** Whether the personal details are shown. */
    public enum ShownAs { FULL, REDACTED }

    /** What only the DSL's side reads. */
    public record Details(String userName, String userRef, String device, String capturedText, String message,
                          String ruleSet, String link, String dismissReason) {
    }

    /** An entry of the alert's audit chain. */
    public record HistoryEntry(String kind, Instant at, String actor, String hash) {
    }

    static AlertView of(Alert a, boolean full, List<HistoryEntry> history) {
        Details details = full ? new Details(a.userName, a.userRef, a.device, a.capturedText, a.message, a.ruleSet,
                a.vendorLink, a.dismissReason) : null;
        return new AlertView(a.id, a.schoolId, a.vendor, a.vendorEventId, a.vendorLevel, a.riskLevel, a.urgent,
                a.eventType, a.suggestedCategory, a.occurredAt, a.receivedAt, a.status, a.incidentId, a.decidedBy,
                a.decidedAt, full ? ShownAs.FULL : ShownAs.REDACTED, details, history);
    }
}
