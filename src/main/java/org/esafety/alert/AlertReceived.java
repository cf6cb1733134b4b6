package org.esafety.alert;

import java.time.Instant;
import java.util.UUID;

/**
 * The CDI event fired when a new alert is stored (not on a repeat): ids, the vendor and the level, never the alert's
 * text or names. Fired inside the alert's transaction, so that an observer may record in the same transaction (the
 * outbox: {@code reminder} announces urgent alerts to the DSL and the deputy); an observer that must act only once
 * the alert is committed observes with {@code @Observes(during = TransactionPhase.AFTER_SUCCESS)}, as an event
 * system emitting {@code alert.received} would.
 */
public record AlertReceived(UUID alertId, String schoolId, Vendor vendor, int level, boolean urgent, Instant receivedAt) {
}
