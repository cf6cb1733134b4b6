package org.esafety.event;

import java.util.Arrays;
import java.util.Optional;

/** The events a school's webhook endpoint can subscribe to; the CloudEvent {@code type} is {@code org.esafety.<name>}. */
public enum EventType {

    INCIDENT_REPORTED("incident.reported"),
    INCIDENT_REASSESSED("incident.reassessed"),
    INCIDENT_CLOSED("incident.closed"),
    ACTION_COMPLETED("action.completed"),
    ACTION_OVERDUE("action.overdue"),
    /** Reserved for the monitoring alerts' tray (issue 19, item 3): subscribable, emitted once alerts fire it. */
    ALERT_RECEIVED("alert.received");

    static final String PREFIX = "org.esafety.";

    private final String id;

    EventType(String id) {
        this.id = id;
    }

    /** The name a subscription uses: {@code incident.reported}. */
    public String id() {
        return id;
    }

    /** The CloudEvent type: {@code org.esafety.incident.reported}. */
    public String cloudEventType() {
        return PREFIX + id;
    }

    /** By subscription name, or by CloudEvent type. */
    static Optional<EventType> of(String name) {
        return Arrays.stream(values()).filter(t -> t.id.equals(name) || t.cloudEventType().equals(name)).findFirst();
    }

    static java.util.List<String> names() {
        return Arrays.stream(values()).map(EventType::id).toList();
    }
}
