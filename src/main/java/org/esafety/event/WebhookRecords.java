package org.esafety.event;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The request and response bodies of /api/admin/schools/{schoolId}/webhooks. */
public final class WebhookRecords {

    private WebhookRecords() {
    }

    /**
     * A new endpoint: its URL (https; http only to a loopback address), the events it subscribes to
     * ({@code incident.reported}, …), and optionally its own secret (at least 32 bytes; one is generated when absent).
     */
    public record NewWebhook(String url, List<String> events, String secret, String description) {
    }

    /** An endpoint as listed: never its secret. */
    public record WebhookView(UUID id, String schoolId, String url, List<String> events, String description,
                              Instant createdAt, String createdBy, Instant disabledAt) {
        static WebhookView of(WebhookEndpoint e) {
            return new WebhookView(e.id, e.schoolId, e.url, e.events(), e.description, e.createdAt, e.createdBy,
                    e.disabledAt);
        }
    }

    /** The answer to a registration: the only time the secret is shown. */
    public record RegisteredWebhook(UUID id, String schoolId, String url, List<String> events, String description,
                                    Instant createdAt, String createdBy, String secret) {
    }

    /** One delivery of an event to the endpoint, as the outbox holds it. */
    public record DeliveryView(UUID id, UUID eventId, String type, String status, int attempts, Instant createdAt,
                               Instant nextAttemptAt, Instant deliveredAt, String lastFailure) {
    }
}
