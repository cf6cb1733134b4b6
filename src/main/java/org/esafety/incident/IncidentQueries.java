package org.esafety.incident;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.esafety.access.TenancyScope;
import org.esafety.common.Page;
import org.esafety.common.Where;
import org.esafety.policy.Category;

/**
 * GET /api/incidents: filters, newest reportedAt first (ties by id), one page at a time, built in a fixed number
 * of statements whatever the page size; and what other lists need to know of incidents.
 */
@ApplicationScoped
public class IncidentQueries {

    /** The filters of api.md; null means "any". {@code from} inclusive, {@code to} exclusive, on reportedAt. */
    public record Filter(String schoolId, IncidentStatus status, Category category, Instant from, Instant to) {
    }

    private final IncidentViews views;
    private final IncidentAccess access;
    private final TenancyScope scope;

    public IncidentQueries(IncidentViews views, IncidentAccess access, TenancyScope scope) {
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
                .and("reportedAt < :to", "to", filter.to());
        Sort sort = Sort.descending("reportedAt").and("id", Sort.Direction.Ascending);
        PanacheQuery<Incident> query = Incident.find(where.query(), sort, where.parameters());
        List<Incident> found = query.page(page, size).list();
        return new Page<>(access.shown(found, views.views(found)), page, size, query.count());
    }

    /** The category of each incident (for lists of actions); one query. */
    @Transactional
    public Map<UUID, Category> categories(Collection<UUID> incidentIds) {
        Map<UUID, Category> categories = new HashMap<>();
        if (incidentIds.isEmpty()) {
            return categories;
        }
        List<Object[]> rows = Incident.getEntityManager()
                .createQuery("select i.id, i.category from Incident i where i.id in :ids", Object[].class)
                .setParameter("ids", incidentIds.stream().distinct().toList()).getResultList();
        rows.forEach(row -> categories.put((UUID) row[0], (Category) row[1]));
        return categories;
    }
}
