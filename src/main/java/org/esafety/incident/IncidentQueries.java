package org.esafety.incident;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.esafety.api.Page;

/** GET /api/incidents: filters, newest reportedAt first (ties by id), one page at a time. */
@ApplicationScoped
public class IncidentQueries {

    /** The filters of api.md; null means "any". {@code from} inclusive, {@code to} exclusive, on reportedAt. */
    public record Filter(String schoolId, IncidentStatus status, Category category, Instant from, Instant to) {
    }

    private final IncidentViews views;

    public IncidentQueries(IncidentViews views) {
        this.views = views;
    }

    @Transactional
    public Page<IncidentView> list(Filter filter, int page, int size) {
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
        if (filter.category() != null) {
            where.add("category = :category");
            params.and("category", filter.category());
        }
        if (filter.from() != null) {
            where.add("reportedAt >= :from");
            params.and("from", filter.from());
        }
        if (filter.to() != null) {
            where.add("reportedAt < :to");
            params.and("to", filter.to());
        }
        Sort sort = Sort.descending("reportedAt").and("id", Sort.Direction.Ascending);
        PanacheQuery<Incident> query = where.isEmpty() ? Incident.findAll(sort)
                : Incident.find(String.join(" and ", where), sort, params);
        List<IncidentView> items = query.page(page, size).list().stream().map(views::view).toList();
        return new Page<>(items, page, size, query.count());
    }
}
