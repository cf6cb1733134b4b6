package org.esafety.reminder;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import org.esafety.action.ActionNotices;
import org.esafety.action.NotificationView;

/** The notifications recorded for actions, as the action views list them: oldest first, one query per call. */
@ApplicationScoped
public class NotificationHistory implements ActionNotices {

    @Override
    public Map<UUID, List<NotificationView>> forActions(Collection<UUID> actionIds) {
        return actionIds.isEmpty() ? Map.of() : byAction(Notification.list("actionId in ?1", actionIds));
    }

    @Override
    public Map<UUID, List<NotificationView>> forIncidents(Collection<UUID> incidentIds) {
        return incidentIds.isEmpty() ? Map.of()
                : byAction(Notification.list("incidentId in ?1 and actionId is not null", incidentIds));
    }

    @Override
    public Map<UUID, List<NotificationView>> announcements(Collection<UUID> incidentIds) {
        return incidentIds.isEmpty() ? Map.of()
                : by(Notification.list("incidentId in ?1 and actionId is null and endpointId is null", incidentIds), n -> n.incidentId);
    }

    private static Map<UUID, List<NotificationView>> byAction(List<Notification> found) {
        return by(found, n -> n.actionId);
    }

    private static Map<UUID, List<NotificationView>> by(List<Notification> found, Function<Notification, UUID> key) {
        List<Notification> rows = new ArrayList<>(found);
        rows.sort(Notification.CHRONOLOGICAL);
        Map<UUID, List<NotificationView>> grouped = new HashMap<>();
        rows.forEach(n -> grouped.computeIfAbsent(key.apply(n), a -> new ArrayList<>()).add(new NotificationView(
                n.createdAt, n.role, n.channel, n.status == NotificationStatus.DELIVERED, n.deliveredAt)));
        return grouped;
    }
}
