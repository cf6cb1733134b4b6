package org.esafety.action;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.esafety.rules.RuleSetHolder;

/** Builds action views: titles from the catalogue in force, overdue against the clock, notifications in one query. */
@ApplicationScoped
public class ActionViews {

    private final RuleSetHolder rules;
    private final ActionNotices notices;
    private final Clock clock;

    public ActionViews(RuleSetHolder rules, ActionNotices notices, Clock clock) {
        this.rules = rules;
        this.notices = notices;
        this.clock = clock;
    }

    /** Views of {@code actions}, with their incident and school when {@code withIncident} (action lists). */
    public List<ActionView> of(List<RequiredAction> actions, boolean withIncident) {
        Map<UUID, List<NotificationView>> sent = notices.forActions(actions.stream().map(a -> a.id).toList());
        return of(actions, withIncident, sent);
    }

    /** Views of actions whose notifications were read already (e.g. by incident, for a page of incidents). */
    public List<ActionView> of(List<RequiredAction> actions, boolean withIncident,
                               Map<UUID, List<NotificationView>> sent) {
        return of(actions, withIncident, sent, addendaOf(actions));
    }

    /** Views of actions whose notifications and addenda were read already (for a page of incidents). */
    public List<ActionView> of(List<RequiredAction> actions, boolean withIncident,
                               Map<UUID, List<NotificationView>> sent, Map<UUID, List<AddendumView>> addenda) {
        var catalogue = rules.current().catalogue();
        Instant now = clock.instant();
        return actions.stream().map(a -> ActionView.of(a, catalogue, now, withIncident,
                addenda.getOrDefault(a.id, List.of()), sent.getOrDefault(a.id, List.of()))).toList();
    }

    /** Views of actions just created in this transaction: nothing can have been sent or added to them yet. */
    public List<ActionView> created(List<RequiredAction> actions) {
        return of(actions, false, Map.of(), Map.of());
    }

    /** The addenda of the completed ones of {@code actions}, by action id, in one query (none when none is). */
    public Map<UUID, List<AddendumView>> addendaOf(Collection<RequiredAction> actions) {
        List<UUID> completed = actions.stream()
                .filter(a -> a.status == ActionStatus.DONE || a.status == ActionStatus.NOT_REQUIRED)
                .map(a -> a.id).toList();
        return completed.isEmpty() ? Map.of() : ActionAddendum.forActions(completed).stream()
                .collect(Collectors.groupingBy(a -> a.actionId, Collectors.mapping(AddendumView::of, Collectors.toList())));
    }

    /** The announcements of these new incidents to the DSL and the deputy, by incident id, in one query. */
    public Map<UUID, List<NotificationView>> announcementsOf(Collection<UUID> incidentIds) {
        return incidentIds.isEmpty() ? Map.of() : notices.announcements(incidentIds);
    }

    /** Every notification of the actions of these incidents, by action id, in one query. */
    public Map<UUID, List<NotificationView>> noticesOfIncidents(Collection<UUID> incidentIds) {
        return incidentIds.isEmpty() ? Map.of() : notices.forIncidents(incidentIds);
    }
}
