package org.esafety.action;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.esafety.access.TenancyScope;
import org.esafety.common.Where;
import org.esafety.policy.DeadlineKind;
import org.esafety.policy.Responsible;

/**
 * The board's page of cases: the caller's schools' actions grouped by incident, cases with an OPEN emergency first,
 * then soonest due, in the same tenancy as every list (never a case about the holder of the caller's position).
 */
@ApplicationScoped
public class BoardQueries {

    private final ActionViews views;
    private final TenancyScope scope;
    private final Clock clock;

    public BoardQueries(ActionViews views, TenancyScope scope, Clock clock) {
        this.views = views;
        this.scope = scope;
        this.clock = clock;
    }

    /** The board's filters: the API's, and "what I may record" when {@code mine} is given (instead of one role). */
    public record CaseFilter(String schoolId, ActionStatus status, boolean overdueOnly, Responsible responsible,
                             Recordable mine) {
    }

    /** One case on the board: its id, whether it has an OPEN emergency action, and its matching actions. */
    public record CaseActions(UUID incidentId, boolean emergency, List<ActionView> actions) {
    }

    /** A page of cases, with the number of cases and of actions the filter matches. */
    public record CasePage(List<CaseActions> cases, long caseCount, long actionCount) {
    }

    /**
     * The board grouped by case: the cases having an action that matches, those with an OPEN emergency (band 1)
     * first, then soonest due, each with its matching actions (emergency first, then soonest due). Four statements
     * whatever the page's size (counts, the page of cases, their actions, their notifications) and an addenda
     * read when a completed action is shown.
     */
    @Transactional
    public CasePage cases(CaseFilter filter, int page, int size) {
        Optional<Where> scoped = scope.schools(filter.schoolId());
        if (scoped.isEmpty() || (filter.mine() != null && filter.mine().isEmpty())) {
            return new CasePage(List.of(), 0, 0);
        }
        Where where = scoped.get()
                .and("status = :status", "status", filter.status())
                .and("responsible = :responsible", "responsible", filter.responsible());
        if (filter.overdueOnly()) {
            where.and("status = :open and dueAt <= :now",
                    Parameters.with("open", ActionStatus.OPEN).and("now", clock.instant()));
        }
        if (filter.mine() != null) {
            mine(where, filter.mine());
        }
        var em = RequiredAction.getEntityManager();
        Object[] counts = bind(em.createQuery("select count(a), count(distinct a.incidentId) from RequiredAction a where "
                + where.query(), Object[].class), where).getSingleResult();
        String emergency = "min(case when a.status = :openNow and a.deadlineKind = :emergencyKind then 0 else 1 end)";
        List<Object[]> rows = bind(em.createQuery("select a.incidentId, " + emergency + ", min(a.dueAt)"
                        + " from RequiredAction a where " + where.query() + " group by a.incidentId order by "
                        + emergency + ", min(a.dueAt), a.incidentId", Object[].class), where)
                .setParameter("openNow", ActionStatus.OPEN).setParameter("emergencyKind", DeadlineKind.EMERGENCY)
                .setFirstResult(page * size).setMaxResults(size).getResultList();
        if (rows.isEmpty()) {
            return new CasePage(List.of(), ((Number) counts[1]).longValue(), ((Number) counts[0]).longValue());
        }
        Map<UUID, List<ActionView>> byCase = new LinkedHashMap<>();
        rows.forEach(r -> byCase.put((UUID) r[0], new ArrayList<>()));
        where.and("incidentId in :pageOfCases", "pageOfCases", List.copyOf(byCase.keySet()));
        List<RequiredAction> actions = RequiredAction.<RequiredAction>find(where.query(), Sort.ascending("dueAt", "id"),
                where.parameters()).list();
        views.of(actions, true).forEach(a -> byCase.get(a.incidentId()).add(a));
        Comparator<ActionView> order = Comparator.comparing((ActionView a) -> !pinned(a))
                .thenComparing(ActionView::dueAt).thenComparing(a -> a.id().toString());
        List<CaseActions> cases = rows.stream().map(r -> {
            List<ActionView> of = byCase.get((UUID) r[0]);
            of.sort(order);
            return new CaseActions((UUID) r[0], ((Number) r[1]).intValue() == 0, List.copyOf(of));
        }).toList();
        return new CasePage(cases, ((Number) counts[1]).longValue(), ((Number) counts[0]).longValue());
    }

    /** Whether the board pins {@code a}: an OPEN action with an EMERGENCY deadline (band 1). */
    public static boolean pinned(ActionView a) {
        return a.status() == ActionStatus.OPEN && a.deadline() == DeadlineKind.EMERGENCY;
    }

    private static void mine(Where where, Recordable mine) {
        StringBuilder clause = new StringBuilder("(");
        Parameters named = new Parameters();
        if (!mine.everywhere().isEmpty()) {
            clause.append("responsible in :mineEverywhere");
            named.and("mineEverywhere", mine.everywhere());
        }
        int i = 0;
        for (Map.Entry<Responsible, Set<String>> at : mine.atSchools().entrySet()) {
            if (at.getValue().isEmpty()) {
                continue;
            }
            clause.append(clause.length() > 1 ? " or " : "").append("(responsible = :mineRole").append(i)
                    .append(" and schoolId in :mineSchools").append(i).append(')');
            named.and("mineRole" + i, at.getKey()).and("mineSchools" + i, at.getValue());
            i++;
        }
        where.and(clause.append(')').toString(), named);
    }

    private static <T> jakarta.persistence.TypedQuery<T> bind(jakarta.persistence.TypedQuery<T> query, Where where) {
        where.parameters().map().forEach(query::setParameter);
        return query;
    }
}
