package org.esafety.reminder;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.esafety.action.Channel;

/**
 * Records an event for one webhook endpoint in the notification outbox, in the caller's transaction (the change the
 * event tells of): it commits or rolls back with the change, and the courier delivers it like every notice — once,
 * with retries after a back-off (README "Events out (webhooks)").
 */
@ApplicationScoped
public class EventOutbox {

    /** One delivery to record: the CloudEvent {@code payload} of event {@code eventId} for {@code endpointId}. */
    public record Delivery(UUID endpointId, String url, String schoolId, UUID incidentId, UUID eventId, String type,
                           String payload) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Delivery d, Instant now) {
        Notification n = new Notification();
        n.id = UUID.randomUUID();
        n.incidentId = d.incidentId();
        n.schoolId = d.schoolId();
        n.kind = NotificationKind.EVENT;
        n.step = 0;
        n.channel = Channel.WEBHOOK;
        n.destination = d.url();
        n.status = NotificationStatus.PENDING;
        n.attempts = 0;
        n.createdAt = now;
        n.nextAttemptAt = now;
        n.endpointId = d.endpointId();
        n.eventId = d.eventId();
        n.eventType = d.type();
        n.payload = d.payload();
        n.persist();
    }
}
