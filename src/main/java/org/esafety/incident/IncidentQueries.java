package org.esafety.incident;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.hibernate.Session;

import org.esafety.access.TenancyScope;
import org.esafety.common.Page;
import org.esafety.common.Where;
import org.esafety.action.ActionStatus;
import org.esafety.policy.Category;
import org.esafety.policy.Legality;
import org.esafety.policy.PartyKind;

/**
 * GET /api/incidents: filters, newest reportedAt first (ties by id), one page at a time, built in a fixed number
 * of statements whatever the page size; and what other lists need to know of incidents.
 */
@ApplicationScoped
public class IncidentQueries {

    /**
     * The filters of api.md, and those issue 20 added; null means "any". {@code from} inclusive, {@code to} exclusive,
     * on reportedAt. {@code text}: a part of the reference, or of the summary for those who may read summaries;
     * {@code legality}: the latest decision's; {@code overdue}: whether an action is OPEN past its due instant;
     * {@code pupil}: a current party's {@code ref} (the school's pupil identifier).
     */
    public record Filter(String schoolId, IncidentStatus status, Category category, Instant from, Instant to,
                         String text, Legality legality, Boolean overdue, String pupil, Order order) {

        /** The filters of api.md alone. */
        public Filter(String schoolId, IncidentStatus status, Category category, Instant from, Instant to) {
            this(schoolId, status, category, from, to, null, null, null, null, Order.NEWEST);
        }
    }

    /** How a list is sorted; ties by id. */
    public enum Order {
        NEWEST("reportedAt", Sort.Direction.Descending), OLDEST("reportedAt", Sort.Direction.Ascending),
        REFERENCE("reference", Sort.Direction.Ascending);

        private final String column;
        private final Sort.Direction direction;

        Order(String column, Sort.Direction direction) {
            this.column = column;
            this.direction = direction;
        }

        Sort sort() {
            return Sort.by(column, direction).and("id", Sort.Direction.Ascending);
        }
    }

    private final IncidentViews views;
    private final IncidentAccess access;
    private final TenancyScope scope;
    private final Clock clock;

    public IncidentQueries(IncidentViews views, IncidentAccess access, TenancyScope scope, Clock clock) {
        this.clock = clock;
        this.views = views;
        this.access = access;
        this.scope = scope;
    }

    @Transactional
    public Page<IncidentView> list(Filter filter, int page, int size) {
        Optional<Where> schools = scope.schools(filter.schoolId());
        if (schools.isEmpty()) {
            return new Page<>(List.of(), page, size, 0);
        }
        Where where = schools.get()
                .and("submittedBy = :submitter", "submitter", scope.submitterOnly())
                .and("status = :status", "status", filter.status())
                .and("category = :category", "category", filter.category())
                .and("reportedAt >= :from", "from", filter.from())
                .and("reportedAt < :to", "to", filter.to())
                .and("id in (select e.incidentId from Evaluation e where e.legality = :legality and e.evaluatedAt ="
                        + " (select max(l.evaluatedAt) from Evaluation l where l.incidentId = e.incidentId))",
                        "legality", filter.legality())
                .and("id in (select p.incident.id from IncidentParty p where p.ref = :pupil and p.replacedAt is null)",
                        "pupil", filter.pupil());
        if (filter.overdue() != null) {
            where.and("id " + (filter.overdue() ? "" : "not ") + "in (select a.incidentId from RequiredAction a"
                    + " where a.status = :open and a.dueAt <= :now)", Parameters.with("open", ActionStatus.OPEN)
                    .and("now", clock.instant()));
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            String like = "%" + filter.text().strip().toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\")
                    .replace("%", "\\%").replace("_", "\\_") + "%";
            // The summary is searched only for those who may read it: the DSL's side, or a reporter its own reports.
            where.and(access.readsSummaries() ? "(lower(reference) like :text escape '\\' or lower(summary) like :text"
                    + " escape '\\')" : "lower(reference) like :text escape '\\'", Parameters.with("text", like));
        }
        Sort sort = (filter.order() == null ? Order.NEWEST : filter.order()).sort();
        PanacheQuery<Incident> query = Incident.find(where.query(), sort, where.parameters());
        // The page is only read: its incidents, parties, evaluations and actions are loaded read-only, so that no
        // later statement of this transaction dirty-checks them again (each query's auto-flush otherwise compared
        // every loaded entity with its snapshot: a third of a page's time at a million incidents, bench/README.md).
        // What follows (recording reads of allegations in the audit trail) loads and writes as usual.
        Session session = Incident.getSession();
        boolean readOnly = session.isDefaultReadOnly();
        session.setDefaultReadOnly(true);
        List<Incident> found;
        List<IncidentView> built;
        long total;
        try {
            found = query.page(page, size).list();
            built = views.views(found);
            total = query.count();
        } finally {
            session.setDefaultReadOnly(readOnly);
        }
        return new Page<>(access.shown(found, built), page, size, total);
    }

    /** What a list of actions shows of its case: the category, the readable reference, the pupils' references. */
    public record CaseLabel(Category category, String reference, List<String> pupils, Legality legality) {
    }

    /** The label of each incident (for lists of actions), in two queries. */
    @Transactional
    public Map<UUID, CaseLabel> labels(Collection<UUID> incidentIds) {
        Map<UUID, CaseLabel> labels = new HashMap<>();
        if (incidentIds.isEmpty()) {
            return labels;
        }
        List<UUID> ids = incidentIds.stream().distinct().toList();
        Map<UUID, List<String>> pupils = new HashMap<>();
        Incident.getEntityManager().createQuery("select p.incident.id, p.ref from IncidentParty p where p.incident.id in"
                        + " :ids and p.replacedAt is null and p.kind = :child and p.ref is not null order by p.position",
                        Object[].class).setParameter("ids", ids).setParameter("child", PartyKind.CHILD).getResultList()
                .forEach(row -> pupils.computeIfAbsent((UUID) row[0], k -> new ArrayList<>()).add((String) row[1]));
        Incident.getEntityManager()
                .createQuery("select i.id, i.category, i.reference, i.legality from Incident i where i.id in :ids", Object[].class)
                .setParameter("ids", ids).getResultList()
                .forEach(row -> labels.put((UUID) row[0], new CaseLabel((Category) row[1], (String) row[2],
                        pupils.getOrDefault((UUID) row[0], List.of()).stream().distinct().toList(), (Legality) row[3])));
        return labels;
    }
}
