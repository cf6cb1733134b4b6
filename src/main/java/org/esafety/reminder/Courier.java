package org.esafety.reminder;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;

import org.esafety.action.ActionStatus;
import org.esafety.action.RequiredAction;
import org.esafety.school.SchoolRegistry;

/**
 * Delivers what the outbox holds: claims due rows in batches for this instance, sends each outside any
 * transaction, records the result. A failed attempt is retried after a back-off, and the next role on the
 * path is told at once (a DSL who cannot be reached must not hold up the deputy). An event (kind EVENT) goes to its
 * webhook endpoint, signed with that endpoint's secret, with the same claim, lease and back-off.
 */
@ApplicationScoped
class Courier {

    /** A run stops after this many batches even if more keep coming due. */
    private static final int MAX_BATCHES = 1_000;
    private static final int MAX_EMPTY_CLAIMS = 20;

    /** What one run delivered. */
    record Tally(int delivered, int failed, int cancelled) {
        Tally plus(Tally o) {
            return new Tally(delivered + o.delivered, failed + o.failed, cancelled + o.cancelled);
        }
    }

    private final Outbox outbox;
    private final Notices notices;
    private final EmailSender email;
    private final WebhookSender webhook;
    private final Fallback fallback;
    private final SchoolRegistry schools;
    private final Clock clock;
    private final int batchSize;
    private final MeterRegistry registry;
    private final EventCourier events;

    Courier(Outbox outbox, Notices notices, EmailSender email, WebhookSender webhook, Fallback fallback,
            SchoolRegistry schools, Clock clock, RemindersConfig config, MeterRegistry registry, EventCourier events) {
        this.registry = registry;
        this.events = events;
        this.outbox = outbox;
        this.notices = notices;
        this.email = email;
        this.webhook = webhook;
        this.fallback = fallback;
        this.schools = schools;
        this.clock = clock;
        this.batchSize = config.batchSize();
    }

    Tally deliverDue(String owner) {
        Tally tally = new Tally(0, 0, 0);
        int emptyClaims = 0;
        for (int i = 0; i < MAX_BATCHES; i++) {
            List<UUID> claimed = outbox.claim(owner, clock.instant(), batchSize);
            if (claimed.isEmpty()) {
                // Rows due but none claimed: another instance holds them for a moment (on H2 it even hides
                // the rows behind them). Look again shortly, a few times, before leaving the rest to it.
                if (++emptyClaims > MAX_EMPTY_CLAIMS || !outbox.anyDue(clock.instant())) {
                    break;
                }
                pause();
                continue;
            }
            emptyClaims = 0;
            for (UUID id : claimed) {
                tally = tally.plus(deliver(id, owner));
            }
        }
        return tally;
    }

    private static void pause() {
        try {
            Thread.sleep(10);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Tally deliver(UUID id, String owner) {
        Notification n = outbox.read(id);
        if (n.kind == NotificationKind.EVENT) {
            return events.deliver(n, owner);
        }
        // An announcement of a new incident is about the incident, of an urgent alert about the alert; every other
        // notice about one of the incident's actions.
        RequiredAction action = n.actionId == null ? null
                : QuarkusTransaction.requiringNew().call(() -> RequiredAction.findById(n.actionId));
        var school = schools.find(n.schoolId);
        if ((action != null && action.status != ActionStatus.OPEN) || school.isEmpty()) {
            outbox.cancelled(id, owner, "action no longer open");
            count(n, "cancelled");
            return new Tally(0, 0, 1);
        }
        Notice notice = QuarkusTransaction.requiringNew().call(() -> n.alertId != null
                ? notices.alert(n, school.get())
                : action == null ? notices.announcement(n, school.get()) : notices.of(n, action, school.get()));
        try {
            switch (n.channel) {
                case EMAIL -> email.send(notice, n.destination);
                case WEBHOOK -> webhook.send(notice, n.destination);
                case NONE -> throw new DeliveryFailedException("no inbox");
            }
        } catch (DeliveryFailedException e) {
            Log.warnf("Notification %s (%s %s to %s by %s) failed, attempt %d: %s", n.id, n.kind, notice.code(), n.role,
                    n.channel, n.attempts, e.getMessage());
            outbox.failed(n, owner, clock.instant(), e.getMessage());
            fallback.tellNext(n, clock.instant());
            count(n, "failed");
            return new Tally(0, 1, 0);
        }
        outbox.delivered(id, owner, clock.instant());
        count(n, "delivered");
        return new Tally(1, 0, 0);
    }

    /** esafety_notifications_total{channel, kind, outcome}: attempts by result. */
    private void count(Notification n, String outcome) {
        registry.counter("esafety.notifications", "channel", n.channel.name(), "kind", n.kind.name(),
                "outcome", outcome).increment();
    }
}
