package org.esafety.reminder;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The outbox's claim and results. An instance claims due rows with SELECT ... FOR UPDATE SKIP LOCKED and
 * marks them SENDING under a lease with a conditional UPDATE, in one short transaction: rows another
 * instance is claiming are skipped, and a row is SENDING for one owner at a time. Only the owner records
 * the result. A row whose owner died mid-send is claimed again once its lease has run out (README "Reminders").
 */
@ApplicationScoped
class Outbox {

    private static final String DUE = "((status = 'PENDING' AND next_attempt_at <= :now)"
            + " OR (status = 'SENDING' AND lease_until < :now))";

    private final RemindersConfig config;

    Outbox(RemindersConfig config) {
        this.config = config;
    }

    /** Claims up to {@code limit} due rows for {@code owner}; their ids. */
    List<UUID> claim(String owner, Instant now, int limit) {
        return QuarkusTransaction.requiringNew().call(() -> claimInTransaction(owner, now, limit));
    }

    /** The claim within the caller's transaction: the rows stay locked until it ends. */
    List<UUID> claimInTransaction(String owner, Instant now, int limit) {
        var em = Notification.getEntityManager();
        List<UUID> candidates = em.createNativeQuery("SELECT id FROM notification WHERE " + DUE
                        + " ORDER BY next_attempt_at, id FETCH FIRST " + limit + " ROWS ONLY FOR UPDATE SKIP LOCKED",
                        UUID.class)
                .setParameter("now", now).getResultList();
        List<UUID> claimed = new ArrayList<>();
        for (UUID id : candidates) {
            int updated = em.createNativeQuery("UPDATE notification SET status = 'SENDING', lease_owner = :owner,"
                            + " lease_until = :until, attempts = attempts + 1 WHERE id = :id AND " + DUE)
                    .setParameter("owner", owner).setParameter("until", now.plus(config.lease()))
                    .setParameter("id", id).setParameter("now", now).executeUpdate();
            if (updated == 1) {
                claimed.add(id);
            }
        }
        return claimed;
    }

    /** Whether any row is due, locked or not (H2 skips locked rows before it limits, so a claim may come back empty). */
    boolean anyDue(Instant now) {
        return QuarkusTransaction.requiringNew().call(() -> !Notification.getEntityManager()
                .createNativeQuery("SELECT id FROM notification WHERE " + DUE + " FETCH FIRST 1 ROWS ONLY", UUID.class)
                .setParameter("now", now).getResultList().isEmpty());
    }

    /** The row as claimed, read in its own transaction. */
    Notification read(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> Notification.<Notification>findById(id));
    }

    void delivered(UUID id, String owner, Instant at) {
        finish(id, owner, "status = :status, deliveredAt = :at, deliveredBy = :owner, lastFailure = null",
                Parameters.with("status", NotificationStatus.DELIVERED).and("at", at));
    }

    void cancelled(UUID id, String owner, String reason) {
        finish(id, owner, "status = :status, nextAttemptAt = null, lastFailure = :reason",
                Parameters.with("status", NotificationStatus.CANCELLED).and("reason", reason));
    }

    /** Records a failed attempt: PENDING again after the back-off (doubling), or FAILED after the last attempt. */
    void failed(Notification n, String owner, Instant at, String reason) {
        if (n.attempts >= config.maxAttempts()) {
            finish(n.id, owner, "status = :status, nextAttemptAt = null, lastFailure = :reason",
                    Parameters.with("status", NotificationStatus.FAILED).and("reason", reason));
        } else {
            Duration wait = config.retryBackoff().multipliedBy(1L << Math.min(n.attempts - 1, 20));
            finish(n.id, owner, "status = :status, nextAttemptAt = :next, lastFailure = :reason",
                    Parameters.with("status", NotificationStatus.PENDING).and("next", at.plus(wait)).and("reason", reason));
        }
    }

    /** Only the owner of the lease records the result. */
    private static void finish(UUID id, String owner, String set, Parameters values) {
        QuarkusTransaction.requiringNew().run(() -> Notification.update(set
                        + ", leaseOwner = null, leaseUntil = null where id = :id and leaseOwner = :owner and status = :sending",
                values.and("id", id).and("owner", owner).and("sending", NotificationStatus.SENDING)));
    }
}
