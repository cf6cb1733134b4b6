package org.esafety.action;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.esafety.api.Page;

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

    private final ActionCatalogue catalogue;
    private final Clock clock;

    public ActionQueries(ActionCatalogue catalogue, Clock clock) {
        this.catalogue = catalogue;
        this.clock = clock;
    }

    @Transactional
    public Page<ActionView> list(Filter filter, int page, int size) {
        Instant now = clock.instant();
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (filter.schoolId() != null) {
            where.add("schoolId = :schoolId");
            params.and("schoolId", filter.schoolId());
        }
        if (filter.status() != null) {
            where.add("status = :status");
            params.and("status", filter.status());
        }
        if (Boolean.TRUE.equals(filter.overdue())) {
            where.add("status = :open and dueAt <= :now");
            params.and("open", ActionStatus.OPEN).and("now", now);
        } else if (Boolean.FALSE.equals(filter.overdue())) {
            where.add("(status <> :open or dueAt > :now)");
            params.and("open", ActionStatus.OPEN).and("now", now);
        }
        if (filter.dueBefore() != null) {
            where.add("dueAt < :dueBefore");
            params.and("dueBefore", filter.dueBefore());
        }
        if (filter.responsible() != null) {
            where.add("responsible = :responsible");
            params.and("responsible", filter.responsible());
        }
        Sort sort = Sort.ascending("dueAt", "id");
        PanacheQuery<RequiredAction> query = where.isEmpty() ? RequiredAction.findAll(sort)
                : RequiredAction.find(String.join(" and ", where), sort, params);
        List<ActionView> items = query.page(page, size).list().stream()
                .map(a -> ActionView.of(a, catalogue, now, true)).toList();
        return new Page<>(items, page, size, query.count());
    }
}
