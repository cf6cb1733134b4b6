package org.esafety.impact;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.esafety.policy.Category;

/**
 * Reads the incidents of a scope a batch at a time, each batch in one short transaction that only reads: the next
 * incidents by id after the last one seen (keyset paging, so a batch costs the same at the millionth incident as at
 * the first), with the facts and awareness of each one's latest evaluation. Projections only: no entity is
 * loaded, so nothing can be flushed back.
 */
@ApplicationScoped
public class ImpactReader {

    /** One stored incident as a job needs it; {@code facts} is the latest evaluation's JSON (null: none found). */
    record Stored(UUID id, String reference, String schoolId, Category category, String facts, Instant awareAt) {
    }

    private final EntityManager em;

    public ImpactReader(EntityManager em) {
        this.em = em;
    }

    long count(ImpactScope scope) {
        return QuarkusTransaction.requiringNew().call(() -> {
            TypedQuery<Long> query = em.createQuery("select count(i) from Incident i where " + where(scope, null),
                    Long.class);
            bind(query, scope, null);
            return query.getSingleResult();
        });
    }

    /** Up to {@code size} incidents of the scope with ids after {@code after} (null: from the first), by id. */
    List<Stored> batch(ImpactScope scope, UUID after, int size) {
        return QuarkusTransaction.requiringNew().call(() -> {
            TypedQuery<Object[]> incidents = em.createQuery("select i.id, i.reference, i.schoolId, i.category"
                    + " from Incident i where " + where(scope, after) + " order by i.id", Object[].class);
            bind(incidents, scope, after);
            List<Object[]> rows = incidents.setMaxResults(size).getResultList();
            if (rows.isEmpty()) {
                return List.of();
            }
            Map<UUID, Object[]> latest = new HashMap<>();
            em.createQuery("select e.incidentId, e.facts, e.awareAt from Evaluation e where e.incidentId in :ids"
                            + " and e.evaluatedAt = (select max(x.evaluatedAt) from Evaluation x"
                            + " where x.incidentId = e.incidentId)", Object[].class)
                    .setParameter("ids", rows.stream().map(r -> (UUID) r[0]).toList())
                    .getResultList().forEach(e -> latest.put((UUID) e[0], e));
            return rows.stream().map(r -> {
                Object[] e = latest.get((UUID) r[0]);
                return new Stored((UUID) r[0], (String) r[1], (String) r[2], (Category) r[3],
                        e == null ? null : (String) e[1], e == null ? null : (Instant) e[2]);
            }).toList();
        });
    }

    private static String where(ImpactScope scope, UUID after) {
        StringBuilder where = new StringBuilder("1 = 1");
        if (after != null) {
            where.append(" and i.id > :after");
        }
        if (scope.schoolId() != null) {
            where.append(" and i.schoolId = :schoolId");
        }
        if (scope.from() != null) {
            where.append(" and i.reportedAt >= :from");
        }
        if (scope.to() != null) {
            where.append(" and i.reportedAt < :to");
        }
        return where.toString();
    }

    private static void bind(TypedQuery<?> query, ImpactScope scope, UUID after) {
        if (after != null) {
            query.setParameter("after", after);
        }
        if (scope.schoolId() != null) {
            query.setParameter("schoolId", scope.schoolId());
        }
        if (scope.from() != null) {
            query.setParameter("from", scope.from());
        }
        if (scope.to() != null) {
            query.setParameter("to", scope.to());
        }
    }
}
