package org.esafety.alert;

import java.time.Instant;

import org.esafety.policy.Category;

/**
 * A vendor's alert once its adapter has read it: the event id, the level as sent and on the scale 1 to 5, whether it
 * is urgent, the event type and the category it suggests, the time, and the personal details.
 */
record IncomingAlert(String vendorEventId, String vendorLevel, int level, boolean urgent, String eventType,
                     Category suggestedCategory, Instant occurredAt, String userName, String userRef, String device,
                     String capturedText, String message, String ruleSet, String link) {
}
