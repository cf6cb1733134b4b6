package org.esafety.reminder;

import static org.esafety.support.Lifecycle.report;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.esafety.action.ActionStatus;
import org.esafety.action.Channel;
import org.esafety.action.RequiredAction;
import org.esafety.support.Cases;
import org.esafety.support.MutableClock;

/**
 * Exactly once across instances (issue 9): two instances, played by two threads with their own
 * transactions and connections on the same database (H2 or PostgreSQL), plan and deliver at the same
 * moment, and every notice is recorded once and sent once.
 */
@QuarkusTest
@TestProfile(RemindersProfile.class)
class ExactlyOnceTest {

    private static Receivers receivers;

    @Inject
    ReminderJob job;

    @Inject
    ReminderPlanner planner;

    @Inject
    Outbox outbox;

    private final MutableClock clock = MutableClock.at("2026-11-20T10:31:00Z");
    private final ExecutorService pool = Executors.newFixedThreadPool(2);

    @BeforeAll
    static void startReceivers() {
        receivers = Receivers.start();
    }

    @AfterAll
    static void stopReceivers() {
        receivers.close();
    }

    @BeforeEach
    void installClock() {
        QuarkusMock.installMockForType(clock, Clock.class);
    }

    @AfterEach
    void stopPool() {
        pool.shutdownNow();
    }

    @Test
    void shouldRecordAndSendEachNoticeOnceWhenTwoInstancesRunAtOnce() throws Exception {
        List<String> incidents = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            incidents.add(report(Cases.filterCircumvention("reminder-primary")).getString("id"));
        }
        clock.set("2026-11-30T09:00:00Z"); // every action of these incidents is overdue

        List<ReminderJob.Run> runs = together(owner -> job.runOnce(owner));

        List<Notification> every = rowsOf(incidents);
        // Each new incident was announced to the DSL and the deputy, once each, whichever instance delivered it.
        List<Notification> announced = every.stream().filter(n -> n.kind == NotificationKind.NEW_INCIDENT).toList();
        assertEquals(incidents.size() * 2, announced.size(), "two announcements per incident: " + announced.size());
        assertEquals(incidents.size() * 2L, announced.stream().map(n -> n.incidentId + "/" + n.role).distinct().count());
        List<Notification> rows = every.stream().filter(n -> n.actionId != null).toList();
        long actions = QuarkusTransaction.requiringNew().call(() -> RequiredAction
                .count("incidentId in ?1 and status = ?2", incidents.stream().map(UUID::fromString).toList(),
                        ActionStatus.OPEN));
        assertTrue(actions >= 40, "enough actions to race over: " + actions);
        // One overdue notice per action and role. A delivery that fails under load legitimately adds the next
        // role's notice (the unreachable-role fallback), so the check is on duplicates, not on a total.
        Map<String, Long> perKey = rows.stream().collect(Collectors.groupingBy(
                n -> n.actionId + "/" + n.kind + "/" + n.step + "/" + n.role + "/" + n.channel, Collectors.counting()));
        assertTrue(perKey.values().stream().allMatch(c -> c == 1), "a notice recorded twice: " + perKey + " " + runs);
        assertEquals(actions, rows.stream().map(n -> n.actionId).distinct().count(), "every action noticed: " + runs);
        assertTrue(rows.size() <= actions + 2, "at most a fallback or two beyond one per action: " + runs);
        assertTrue(rows.stream().allMatch(n -> n.kind == NotificationKind.OVERDUE && n.channel == Channel.EMAIL));
        List<Notification> delivered = rows.stream().filter(n -> n.status == NotificationStatus.DELIVERED).toList();
        assertTrue(delivered.size() >= actions, "delivered: " + delivered.size());

        Map<String, Long> sent = incidents.stream().flatMap(id -> receivers.mailsAbout(id).stream())
                .collect(Collectors.groupingBy(Receivers.Mail::notificationId, Collectors.counting()));
        assertEquals(delivered.stream().map(n -> n.id.toString()).collect(Collectors.toSet()), sent.keySet(),
                "an e-mail for every delivered notice, none for the others");
        assertTrue(sent.values().stream().allMatch(c -> c == 1), "no notice e-mailed twice: " + sent);
        assertTrue(delivered.stream().allMatch(n -> Set.of("instance-a", "instance-b").contains(n.deliveredBy)));
        Map<String, Long> announcements = incidents.stream().flatMap(id -> receivers.everyMailAbout(id).stream())
                .filter(Receivers.Mail::isAnnouncement)
                .collect(Collectors.groupingBy(Receivers.Mail::notificationId, Collectors.counting()));
        assertEquals(announced.stream().filter(n -> n.status == NotificationStatus.DELIVERED).map(n -> n.id.toString())
                .collect(Collectors.toSet()), announcements.keySet(), "every delivered announcement e-mailed");
        assertTrue(announcements.values().stream().allMatch(c -> c == 1), "no announcement e-mailed twice");
    }

    @Test
    void shouldSkipTheRowsAnotherInstanceIsClaiming() throws Exception {
        for (int i = 0; i < 3; i++) {
            report(Cases.filterCircumvention("reminder-primary"));
        }
        clock.set("2026-11-30T09:00:00Z");
        assertTrue(planner.plan(clock.instant()) >= 15, "notices to claim");
        CountDownLatch aHolds = new CountDownLatch(1);
        CountDownLatch bDone = new CountDownLatch(1);

        Future<List<UUID>> a = pool.submit(() -> QuarkusTransaction.requiringNew().call(() -> {
            List<UUID> claimed = outbox.claimInTransaction("instance-a", clock.instant(), 5);
            aHolds.countDown();
            assertTrue(bDone.await(30, TimeUnit.SECONDS));
            return claimed;
        }));
        assertTrue(aHolds.await(30, TimeUnit.SECONDS));
        List<UUID> b = outbox.claim("instance-b", clock.instant(), 5);
        bDone.countDown();
        List<UUID> byA = a.get(30, TimeUnit.SECONDS);

        assertEquals(5, byA.size());
        assertFalse(b.stream().anyMatch(byA::contains), "B claimed none of A's rows: A " + byA + ", B " + b);
        Map<UUID, Notification> stored = QuarkusTransaction.requiringNew().call(() -> Notification.<Notification>list(
                "id in ?1", union(byA, b)).stream().collect(Collectors.toMap(n -> n.id, Function.identity())));
        assertTrue(byA.stream().allMatch(id -> "instance-a".equals(stored.get(id).leaseOwner)));
        assertTrue(b.stream().allMatch(id -> "instance-b".equals(stored.get(id).leaseOwner)));
        assertTrue(stored.values().stream().allMatch(n -> n.status == NotificationStatus.SENDING && n.attempts == 1));
    }

    /** Runs {@code work} as instance-a and instance-b at the same moment. */
    private <T> List<T> together(Function<String, T> work) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<T>> futures = new ArrayList<>();
        for (String owner : List.of("instance-a", "instance-b")) {
            Callable<T> task = () -> {
                start.await();
                return work.apply(owner);
            };
            futures.add(pool.submit(task));
        }
        start.countDown();
        List<T> results = new ArrayList<>();
        for (Future<T> f : futures) {
            results.add(f.get(120, TimeUnit.SECONDS));
        }
        return results;
    }

    private static List<Notification> rowsOf(List<String> incidents) {
        return QuarkusTransaction.requiringNew().call(() -> Notification.<Notification>list("incidentId in ?1",
                incidents.stream().map(UUID::fromString).toList()));
    }

    private static List<UUID> union(List<UUID> a, List<UUID> b) {
        List<UUID> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
