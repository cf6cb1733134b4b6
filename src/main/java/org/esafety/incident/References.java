package org.esafety.incident;

import java.time.Instant;
import java.util.List;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.esafety.common.UniqueViolation;
import org.esafety.school.School;

/**
 * Readable incident references that can be read out on the phone to the police: the school's code, the year and a
 * number, unique per school and year ({@code CLA-2026-0042}). The number comes from a counter row per school and
 * year, locked by the intake transaction that takes it, so two reports never get the same one.
 */
@ApplicationScoped
public class References {

    private final EntityManager em;

    public References(EntityManager em) {
        this.em = em;
    }

    /** The next reference of {@code school} for an incident reported at {@code reportedAt}; inside intake's transaction. */
    String next(School school, Instant reportedAt) {
        int year = reportedAt.atZone(school.timeZone()).getYear();
        int number = take(school.id(), year);
        if (number == 0) {
            try {
                QuarkusTransaction.requiringNew().run(() -> create(school.id(), year));
            } catch (RuntimeException e) {
                // Another intake made the year's counter a moment ago.
                if (!UniqueViolation.isCause(e)) {
                    throw e;
                }
            }
            number = take(school.id(), year);
        }
        return "%s-%d-%04d".formatted(school.code(), year, number);
    }

    private int take(String schoolId, int year) {
        int updated = em.createNativeQuery("UPDATE incident_sequence SET last_number = last_number + 1"
                        + " WHERE school_id = ?1 AND ref_year = ?2").setParameter(1, schoolId).setParameter(2, year)
                .executeUpdate();
        if (updated == 0) {
            return 0;
        }
        List<?> last = em.createNativeQuery("SELECT last_number FROM incident_sequence WHERE school_id = ?1"
                + " AND ref_year = ?2").setParameter(1, schoolId).setParameter(2, year).getResultList();
        return ((Number) last.get(0)).intValue();
    }

    /** The year's counter, at zero. */
    private void create(String schoolId, int year) {
        em.createNativeQuery("INSERT INTO incident_sequence (school_id, ref_year, last_number) VALUES (?1, ?2, 0)")
                .setParameter(1, schoolId).setParameter(2, year).executeUpdate();
    }
}
