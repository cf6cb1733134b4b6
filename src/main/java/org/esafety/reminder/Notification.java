package org.esafety.reminder;

import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import org.esafety.action.Channel;
import org.esafety.policy.Responsible;

/**
 * One row of the outbox: a reminder, overdue notice or escalation of one action, an announcement of a new incident or
 * of an urgent alert, to one role on one channel; or one event (kind EVENT) to one webhook endpoint, with the
 * CloudEvent it sends.
 */
@Entity
public class Notification extends PanacheEntityBase {

    static final Comparator<Notification> CHRONOLOGICAL = Comparator.comparing((Notification n) -> n.createdAt)
            .thenComparing(n -> n.step).thenComparing(n -> n.role).thenComparing(n -> n.channel);

    @Id
    public UUID id;
    public UUID actionId;
    public UUID incidentId;
    /** The monitoring alert an URGENT_ALERT notice is about (no incident yet); null on every other notice. */
    public UUID alertId;
    public String schoolId;
    @Enumerated(EnumType.STRING)
    public NotificationKind kind;
    /** 0 for the reminder and the overdue notice; n for the n-th escalation. */
    public int step;
    @Enumerated(EnumType.STRING)
    public Responsible role;
    @Enumerated(EnumType.STRING)
    public Channel channel;
    /** The role inbox's e-mail address or webhook URL (school configuration, never an incident's data). */
    public String destination;
    /** The roles after this one on the path, comma-separated: told at once if this one cannot be reached. */
    public String onward;
    @Enumerated(EnumType.STRING)
    public NotificationStatus status;
    public int attempts;
    public Instant createdAt;
    public Instant nextAttemptAt;
    public String leaseOwner;
    public Instant leaseUntil;
    public Instant deliveredAt;
    public String deliveredBy;
    /** Why the last attempt failed, by kind only (e.g. "http 503", "smtp"). */
    public String lastFailure;
    /** An event's webhook endpoint; null for the notices to roles. */
    public UUID endpointId;
    /** An event's id (the CloudEvent's {@code id}, the same for every endpoint told of it). */
    public UUID eventId;
    /** An event's type, e.g. {@code org.esafety.incident.reported}. */
    public String eventType;
    /** An event's CloudEvent, as sent on every attempt: ids, codes, deadlines and links only. */
    public String payload;

    public static List<Notification> forAction(UUID actionId) {
        return list("actionId", actionId);
    }

    /** The notifications of these actions, by action, oldest first. */
    List<Responsible> onwardRoles() {
        if (onward == null || onward.isBlank()) {
            return List.of();
        }
        return Arrays.stream(onward.split(",")).map(Responsible::valueOf).toList();
    }
}
