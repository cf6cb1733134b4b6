package org.esafety.action;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The reminders and escalations recorded for actions, as an action's view lists them. The reminder package, which
 * sends and records them, answers it; actions and incidents read it without depending on reminders.
 */
public interface ActionNotices {

    /** Each action's notifications, oldest first; an action without any is absent. One query. */
    Map<UUID, List<NotificationView>> forActions(Collection<UUID> actionIds);

    /** The notifications of every action of these incidents, by action id. One query. */
    Map<UUID, List<NotificationView>> forIncidents(Collection<UUID> incidentIds);

    /** The announcements of these new incidents to the DSL and the deputy, by incident id, oldest first. One query. */
    Map<UUID, List<NotificationView>> announcements(Collection<UUID> incidentIds);
}
