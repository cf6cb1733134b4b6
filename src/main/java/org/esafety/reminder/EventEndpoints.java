package org.esafety.reminder;

import java.util.Optional;
import java.util.UUID;

/**
 * The port through which the courier reads an event's webhook endpoint (answered by {@code event.WebhookEndpoints},
 * which sits above this package): the endpoint's signing secret while it is enabled, else empty (the event is then
 * cancelled, never sent unsigned).
 */
public interface EventEndpoints {

    Optional<String> secretOfEnabled(UUID endpointId);
}
