package org.esafety.reminder;

import java.util.UUID;

import jakarta.persistence.EntityManager;

/**
 * Row locks on an action while its notices are planned, so that two instances planning at once never
 * record a stage twice (the unique key uq_notification is the backstop). Native SQL: Hibernate's
 * lock options do not say SKIP LOCKED portably; H2 2.x and PostgreSQL both accept this form.
 */
final class ActionLock {

    private ActionLock() {
    }

    /** Locks the action if it is OPEN and no other transaction holds it; false means "leave it to the other". */
    static boolean tryLockOpen(EntityManager em, UUID actionId) {
        return !em.createNativeQuery("SELECT id FROM required_action WHERE id = :id AND status = 'OPEN' FOR UPDATE SKIP LOCKED")
                .setParameter("id", actionId).getResultList().isEmpty();
    }

    /** Waits for the action's lock; false when it is no longer OPEN. */
    static boolean lockOpen(EntityManager em, UUID actionId) {
        return !em.createNativeQuery("SELECT id FROM required_action WHERE id = :id AND status = 'OPEN' FOR UPDATE")
                .setParameter("id", actionId).getResultList().isEmpty();
    }
}
