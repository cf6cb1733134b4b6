package org.esafety.web;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.esafety.rules.ActionCatalogue;
import org.esafety.rules.RuleSetHolder;
import org.esafety.action.ActionStatus;
import org.esafety.action.ActionView;
import org.esafety.policy.DeadlineKind;
import org.esafety.action.RequiredAction;
import org.esafety.policy.Responsible;
import org.esafety.policy.Category;
import org.esafety.reminder.Notification;
import org.esafety.reminder.NotificationView;

/**
 * What the board needs beside the actions list: each action's incident category (one query per page), and every
 * open emergency of the caller's schools, pinned above the list whatever page or due time.
 */
@ApplicationScoped
public class BoardRows {

    private final EntityManager em;
    private final RuleSetHolder rules;
    private final Clock clock;

    public BoardRows(EntityManager em, RuleSetHolder rules, Clock clock) {
        this.em = em;
        this.rules = rules;
        this.clock = clock;
    }

    /** The OPEN actions with an EMERGENCY deadline in {@code schools} (narrowed by school and who must act). */
    public List<ActionView> emergencies(Set<String> schools, String school, Responsible responsible) {
        if (schools.isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant();
        String jpql = "select a from RequiredAction a where a.schoolId in :schools and a.status = :open"
                + " and a.deadlineKind = :emergency" + (school == null ? "" : " and a.schoolId = :school")
                + (responsible == null ? "" : " and a.responsible = :responsible") + " order by a.dueAt, a.id";
        var query = em.createQuery(jpql, RequiredAction.class).setParameter("schools", schools)
                .setParameter("open", ActionStatus.OPEN).setParameter("emergency", DeadlineKind.EMERGENCY)
                .setMaxResults(BoardPage.PAGE_SIZE);
        if (school != null) {
            query.setParameter("school", school);
        }
        if (responsible != null) {
            query.setParameter("responsible", responsible);
        }
        List<RequiredAction> found = query.getResultList();
        Map<UUID, List<NotificationView>> notifications = Notification.viewsFor(found.stream().map(a -> a.id).toList());
        return found.stream().map(a -> ActionView.of(a, rules.current().catalogue(), now, true, notifications.getOrDefault(a.id, List.of())))
                .toList();
    }

    public Map<UUID, Category> categories(Collection<UUID> incidentIds) {
        Map<UUID, Category> categories = new HashMap<>();
        if (incidentIds.isEmpty()) {
            return categories;
        }
        List<Object[]> found = em.createQuery("select i.id, i.category from Incident i where i.id in :ids", Object[].class)
                .setParameter("ids", incidentIds.stream().distinct().toList()).getResultList();
        for (Object[] row : found) {
            categories.put((UUID) row[0], (Category) row[1]);
        }
        return categories;
    }
}
