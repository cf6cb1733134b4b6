package org.esafety.event;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import org.esafety.common.Json;
import org.esafety.reminder.EventOutbox;

/**
 * Turns a change into one CloudEvent 1.0 (structured JSON) and records it in the outbox once per enabled endpoint of
 * the school that subscribes to its type, in the change's own transaction. No endpoint, no row.
 */
@ApplicationScoped
class EventPublisher {

    static final String SPEC_VERSION = "1.0";

    private final EventOutbox outbox;
    private final EventLinks links;
    private final Clock clock;

    EventPublisher(EventOutbox outbox, EventLinks links, Clock clock) {
        this.outbox = outbox;
        this.links = links;
        this.clock = clock;
    }

    /** The endpoints told (0 when the school has none subscribed: then {@code data} is not even built). */
    int publish(EventType type, String schoolId, UUID incidentId, String subject, Instant time,
                Supplier<Map<String, Object>> data) {
        List<WebhookEndpoint> subscribed = WebhookEndpoint.enabledOf(schoolId).stream().filter(e -> e.subscribes(type))
                .toList();
        if (subscribed.isEmpty()) {
            return 0;
        }
        UUID eventId = UUID.randomUUID();
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("specversion", SPEC_VERSION);
        event.put("id", eventId.toString());
        event.put("source", links.source(schoolId));
        event.put("type", type.cloudEventType());
        event.put("subject", subject);
        event.put("time", time.toString());
        event.put("datacontenttype", "application/json");
        event.put("data", data.get());
        String payload = Json.write(event);
        Instant now = clock.instant();
        for (WebhookEndpoint e : subscribed) {
            outbox.record(new EventOutbox.Delivery(e.id, e.url, schoolId, incidentId, eventId, type.cloudEventType(),
                    payload), now);
        }
        return subscribed.size();
    }
}
