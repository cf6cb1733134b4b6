package org.esafety.reminder;

import java.time.Clock;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Sends one claimed event row (kind EVENT) for the courier: to its webhook endpoint, signed with that endpoint's own
 * secret; cancelled once the endpoint is disabled. A failure is retried after the back-off like every notice, with no
 * fallback (an endpoint is not a role on a path).
 */
@ApplicationScoped
class EventCourier {

    private final Outbox outbox;
    private final EventEndpoints endpoints;
    private final WebhookSender webhook;
    private final Clock clock;
    private final MeterRegistry registry;

    EventCourier(Outbox outbox, EventEndpoints endpoints, WebhookSender webhook, Clock clock, MeterRegistry registry) {
        this.outbox = outbox;
        this.endpoints = endpoints;
        this.webhook = webhook;
        this.clock = clock;
        this.registry = registry;
    }

    Courier.Tally deliver(Notification n, String owner) {
        var secret = QuarkusTransaction.requiringNew().call(() -> endpoints.secretOfEnabled(n.endpointId));
        if (secret.isEmpty()) {
            outbox.cancelled(n.id, owner, "endpoint disabled");
            count("cancelled");
            return new Courier.Tally(0, 0, 1);
        }
        try {
            webhook.sendEvent(n, secret.get(), Map.of("ce-specversion", "1.0", "ce-id", n.eventId.toString(),
                    "ce-type", n.eventType));
        } catch (DeliveryFailedException e) {
            Log.warnf("Event %s (%s) to endpoint %s failed, attempt %d: %s", n.eventId, n.eventType, n.endpointId,
                    n.attempts, e.getMessage());
            outbox.failed(n, owner, clock.instant(), e.getMessage());
            count("failed");
            return new Courier.Tally(0, 1, 0);
        }
        outbox.delivered(n.id, owner, clock.instant());
        count("delivered");
        return new Courier.Tally(1, 0, 0);
    }

    /** esafety_notifications_total{channel="WEBHOOK", kind="EVENT", outcome}, as the courier counts notices. */
    private void count(String outcome) {
        registry.counter("esafety.notifications", "channel", "WEBHOOK", "kind", NotificationKind.EVENT.name(),
                "outcome", outcome).increment();
    }
}
