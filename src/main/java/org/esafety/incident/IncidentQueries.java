package org.esafety.incident;

import java.time.Instant;
import java.util.List;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.esafety.access.Caller;
import org.esafety.common.Page;
import org.esafety.common.Where;
import org.esafety.policy.Category;

/** GET /api/incidents: filters, newest reportedAt first (ties by id), one page at a time. */
@ApplicationScoped
public class IncidentQueries {

    /** The filters of api.md; null means "any". {@code from} inclusive, {@code to} exclusive, on reportedAt. */
    public record Filter(String schoolId, IncidentStatus status, Category category, Instant from, Instant to) {
    }

    private final IncidentViews views;
    private final IncidentAccess access;
    private final Caller caller;

    public IncidentQueries(IncidentViews views, IncidentAccess access, Caller caller) {
        this.views = views;
        this.access = access;
        this.caller = caller;
    }

    @Transactional
    public Page<IncidentView> list(Filter filter, int page, int size) {
        if (caller.schoolIds().isEmpty()) {
            return new Page<>(List.of(), page, size, 0);
        }
        if (filter.schoolId() != null && !caller.schoolIds().contains(filter.schoolId())) {
            return new Page<>(List.of(), page, size, 0);
        }
        // Only ever the caller's schools, and for a reporter only what it reported.
        // With one school asked for (and checked above), the caller's other schools are not sent: a key or a
        // local authority's admin bound to hundreds of schools would send hundreds of parameters per query.
        Where where = new Where()
                .and("schoolId in :schools", "schools", filter.schoolId() != null ? null : caller.schoolIds())
                .and("submittedBy = :submitter", "submitter", caller.listRestrictedToSubmitter())
                .and("schoolId = :schoolId", "schoolId", filter.schoolId())
                .and("status = :status", "status", filter.status())
                .and("category = :category", "category", filter.category())
                .and("reportedAt >= :from", "from", filter.from())
                .and("reportedAt < :to", "to", filter.to());
        Sort sort = Sort.descending("reportedAt").and("id", Sort.Direction.Ascending);
        PanacheQuery<Incident> query = Incident.find(where.query(), sort, where.parameters());
        List<IncidentView> items = query.page(page, size).list().stream()
                .map(i -> access.shown(i, views.view(i))).toList();
        return new Page<>(items, page, size, query.count());
    }
}
