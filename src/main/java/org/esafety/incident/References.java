package org.esafety.incident;

import java.time.Instant;
import java.util.List;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.engine.spi.SessionFactoryImplementor;

import org.esafety.common.UniqueViolation;
import org.esafety.school.School;

/**
 * Readable incident references that can be read out on the phone to the police: the school's code, the year and a
 * number, unique per school and year ({@code CLA-2026-0042}). The number comes from a counter row per school and
 * year, locked by the intake transaction that takes it, so two reports never get the same one.
 */
@ApplicationScoped
public class References {

    /** Takes the next number in one statement: PostgreSQL returns it from the update; H2 selects from the update. */
    private static final String TAKE_POSTGRESQL = "UPDATE incident_sequence SET last_number = last_number + 1"
            + " WHERE school_id = ?1 AND ref_year = ?2 RETURNING last_number";
    private static final String TAKE_H2 = "SELECT last_number FROM FINAL TABLE (UPDATE incident_sequence"
            + " SET last_number = last_number + 1 WHERE school_id = ?1 AND ref_year = ?2)";

    private final EntityManager em;
    private final String take;

    public References(EntityManager em, EntityManagerFactory factory) {
        this.em = em;
        this.take = factory.unwrap(SessionFactoryImplementor.class).getJdbcServices().getDialect()
                instanceof PostgreSQLDialect ? TAKE_POSTGRESQL : TAKE_H2;
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

    /** The year's next number, the counter row locked until the transaction ends; 0 when the year has no counter yet. */
    private int take(String schoolId, int year) {
        List<?> taken = em.createNativeQuery(take).setParameter(1, schoolId).setParameter(2, year).getResultList();
        return taken.isEmpty() ? 0 : ((Number) taken.get(0)).intValue();
    }

    /** The year's counter, at zero. */
    private void create(String schoolId, int year) {
        em.createNativeQuery("INSERT INTO incident_sequence (school_id, ref_year, last_number) VALUES (?1, ?2, 0)")
                .setParameter(1, schoolId).setParameter(2, year).executeUpdate();
    }
}
