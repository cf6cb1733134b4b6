package org.esafety.reminder;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.esafety.action.Channel;
import org.esafety.action.RequiredAction;
import org.esafety.policy.Responsible;
import org.esafety.school.School;

/**
 * Records one stage's notices in the outbox: to the first role of {@code roles} that has an inbox, one row
 * per channel (e-mail, webhook). A role without an inbox is recorded as unreachable (channel NONE, failed)
 * and the next role is told at once. Runs in the caller's transaction, which holds the action's row lock.
 */
@ApplicationScoped
class NoticeWriter {

    /** What a notice is about: an action, the incident alone (a new incident), or an alert (an urgent alert). */
    record Subject(UUID actionId, UUID incidentId, String schoolId, UUID alertId) {
        Subject(UUID actionId, UUID incidentId, String schoolId) {
            this(actionId, incidentId, schoolId, null);
        }

        static Subject of(RequiredAction action) {
            return new Subject(action.id, action.incidentId, action.schoolId);
        }
    }

    /** The rows written, or none when a role of {@code roles} was already told at this stage. */
    List<Notification> record(RequiredAction action, School school, Stage stage, List<Responsible> roles, Instant now) {
        return record(Subject.of(action), school, stage, roles, now);
    }

    /** The same for any subject. */
    List<Notification> record(Subject action, School school, Stage stage, List<Responsible> roles, Instant now) {
        return record(action, school, stage, roles, now, role -> told(action, stage, role));
    }

    /**
     * The same for a subject whose notices so far are all known without reading them ({@code told}: a role told
     * already), such as an incident created in this transaction.
     */
    List<Notification> record(Subject action, School school, Stage stage, List<Responsible> roles, Instant now,
                              Predicate<Responsible> told) {
        List<Notification> written = new ArrayList<>();
        for (int i = 0; i < roles.size(); i++) {
            Responsible role = roles.get(i);
            if (told.test(role)) {
                return written;
            }
            String onward = roles.subList(i + 1, roles.size()).stream().map(Enum::name).collect(Collectors.joining(","));
            Map<Channel, String> channels = channels(school.roleInboxes().get(role));
            if (channels.isEmpty()) {
                Notification none = row(action, stage, role, Channel.NONE, null, onward, now);
                none.status = NotificationStatus.FAILED;
                none.nextAttemptAt = null;
                none.lastFailure = "no inbox";
                none.persist();
                written.add(none);
                continue;
            }
            channels.forEach((channel, destination) -> {
                Notification n = row(action, stage, role, channel, destination, onward, now);
                n.persist();
                written.add(n);
            });
            return written;
        }
        return written;
    }

    private static boolean told(Subject subject, Stage stage, Responsible role) {
        if (subject.alertId() != null) {
            return Notification.count("alertId = ?1 and kind = ?2 and step = ?3 and role = ?4", subject.alertId(),
                    stage.kind(), stage.step(), role) > 0;
        }
        return subject.actionId() != null
                ? Notification.count("actionId = ?1 and kind = ?2 and step = ?3 and role = ?4",
                        subject.actionId(), stage.kind(), stage.step(), role) > 0
                : Notification.count("incidentId = ?1 and actionId is null and kind = ?2 and step = ?3 and role = ?4",
                        subject.incidentId(), stage.kind(), stage.step(), role) > 0;
    }

    private static Map<Channel, String> channels(School.RoleInbox inbox) {
        Map<Channel, String> channels = new LinkedHashMap<>();
        if (inbox != null && inbox.email() != null && !inbox.email().isBlank()) {
            channels.put(Channel.EMAIL, inbox.email());
        }
        if (inbox != null && inbox.webhookUrl() != null && !inbox.webhookUrl().isBlank()) {
            channels.put(Channel.WEBHOOK, inbox.webhookUrl());
        }
        return channels;
    }

    private static Notification row(Subject action, Stage stage, Responsible role, Channel channel,
                                    String destination, String onward, Instant now) {
        Notification n = new Notification();
        n.id = UUID.randomUUID();
        n.actionId = action.actionId();
        n.incidentId = action.incidentId();
        n.alertId = action.alertId();
        n.schoolId = action.schoolId();
        n.kind = stage.kind();
        n.step = stage.step();
        n.role = role;
        n.channel = channel;
        n.destination = destination;
        n.onward = onward.isEmpty() ? null : onward;
        n.status = NotificationStatus.PENDING;
        n.attempts = 0;
        n.createdAt = now;
        n.nextAttemptAt = now;
        return n;
    }
}
