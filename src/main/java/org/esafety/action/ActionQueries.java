package org.esafety.action;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.esafety.rules.RuleSetHolder;
import org.esafety.access.Caller;
import org.esafety.common.Page;
import org.esafety.common.Where;
import org.esafety.reminder.Notification;
import org.esafety.reminder.NotificationView;
import org.esafety.policy.Responsible;

/**
 * GET /api/actions: what is due and overdue, soonest first (ties by id), across a school's incidents.
 * Served by the index ix_action_school_status_due (school_id, status, due_at, id).
 */
@ApplicationScoped
public class ActionQueries {

    /** The filters of api.md; null means "any". {@code overdue} true: OPEN and due now or earlier (ActionView.isOverdue). */
    public record Filter(String schoolId, ActionStatus status, Boolean overdue, Instant dueBefore,
                         Responsible responsible) {
    }

    private final RuleSetHolder rules;
    private final Clock clock;
    private final Caller caller;

    public ActionQueries(RuleSetHolder rules, Clock clock, Caller caller) {
        this.caller = caller;
        this.rules = rules;
        this.clock = clock;
    }

    @Transactional
    public Page<ActionView> list(Filter filter, int page, int size) {
        Instant now = clock.instant();
        if (caller.schoolIds().isEmpty()) {
            return new Page<>(List.of(), page, size, 0);
        }
        Parameters openNow = Parameters.with("open", ActionStatus.OPEN).and("now", now);
        if (filter.schoolId() != null && !caller.schoolIds().contains(filter.schoolId())) {
            return new Page<>(List.of(), page, size, 0);
        }
        // Only ever the caller's schools.
        // With one school asked for (and checked above), the caller's other schools are not sent: a key or a
        // local authority's admin bound to hundreds of schools would send hundreds of parameters per query.
        Where where = new Where()
                .and("schoolId in :schools", "schools", filter.schoolId() != null ? null : caller.schoolIds())
                .and("schoolId = :schoolId", "schoolId", filter.schoolId())
                .and("status = :status", "status", filter.status())
                .and("dueAt < :dueBefore", "dueBefore", filter.dueBefore())
                .and("responsible = :responsible", "responsible", filter.responsible());
        if (filter.overdue() != null) {
            // Overdue: OPEN and due by now (an EMERGENCY action from the moment of awareness).
            where.and(filter.overdue() ? "status = :open and dueAt <= :now" : "(status <> :open or dueAt > :now)", openNow);
        }
        PanacheQuery<RequiredAction> query = RequiredAction.find(where.query(), Sort.ascending("dueAt", "id"),
                where.parameters());
        List<RequiredAction> actions = query.page(page, size).list();
        Map<UUID, List<NotificationView>> notifications = Notification.viewsFor(actions.stream().map(a -> a.id).toList());
        List<ActionView> items = actions.stream()
                .map(a -> ActionView.of(a, rules.current().catalogue(), now, true, notifications.getOrDefault(a.id, List.of()))).toList();
        return new Page<>(items, page, size, query.count());
    }
}
