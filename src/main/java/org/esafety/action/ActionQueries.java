package org.esafety.action;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.esafety.access.TenancyScope;
import org.esafety.common.Page;
import org.esafety.common.Where;
import org.esafety.policy.DeadlineKind;
import org.esafety.policy.Responsible;

/**
 * GET /api/actions: what is due and overdue, soonest first (ties by id), across a school's incidents. Served by the index ix_action_school_status_due (school_id, status, due_at, id).
 */
@ApplicationScoped
public class ActionQueries {

    /** The filters of api.md; null means "any". {@code overdue} true: OPEN and due now or earlier (ActionView.isOverdue). */
    public record Filter(String schoolId, ActionStatus status, Boolean overdue, Instant dueBefore,
                         Responsible responsible) {
    }

    private final ActionViews views;
    private final TenancyScope scope;
    private final Clock clock;

    public ActionQueries(ActionViews views, TenancyScope scope, Clock clock) {
        this.views = views;
        this.scope = scope;
        this.clock = clock;
    }

    @Transactional
    public Page<ActionView> list(Filter filter, int page, int size) {
        Optional<Where> schools = scope.schools(filter.schoolId());
        if (schools.isEmpty()) {
            return new Page<>(List.of(), page, size, 0);
        }
        Where where = schools.get()
                .and("status = :status", "status", filter.status())
                .and("dueAt < :dueBefore", "dueBefore", filter.dueBefore())
                .and("responsible = :responsible", "responsible", filter.responsible());
        if (filter.overdue() != null) {
            // Overdue: OPEN and due by now (an EMERGENCY action from the moment of awareness).
            where.and(filter.overdue() ? "status = :open and dueAt <= :now" : "(status <> :open or dueAt > :now)",
                    Parameters.with("open", ActionStatus.OPEN).and("now", clock.instant()));
        }
        PanacheQuery<RequiredAction> query = RequiredAction.find(where.query(), Sort.ascending("dueAt", "id"),
                where.parameters());
        return new Page<>(views.of(query.page(page, size).list(), true), page, size, query.count());
    }

    /** How many OPEN emergency actions and overdue actions the caller's schools have now (the pages' header). */
    public record Counts(long emergencies, long overdue) {
    }

    /** The caller's counts of open emergencies and overdue actions, in two count queries. */
    @Transactional
    public Counts counts() {
        Optional<Where> schools = scope.schools(null);
        if (schools.isEmpty()) {
            return new Counts(0, 0);
        }
        Where emergency = scope.schools(null).orElseThrow().and("status = :open", "open", ActionStatus.OPEN)
                .and("deadlineKind = :emergency", "emergency", DeadlineKind.EMERGENCY);
        Where overdue = schools.get().and("status = :open and dueAt <= :now",
                Parameters.with("open", ActionStatus.OPEN).and("now", clock.instant()));
        return new Counts(RequiredAction.count(emergency.query(), emergency.parameters()),
                RequiredAction.count(overdue.query(), overdue.parameters()));
    }
}
