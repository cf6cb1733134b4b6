package org.esafety.reminder;

import static org.esafety.support.Lifecycle.incident;
import static org.esafety.support.Lifecycle.report;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.esafety.policy.Responsible;
import org.esafety.support.Cases;
import org.esafety.support.IncidentRequests;
import org.esafety.support.MutableClock;

/**
 * Issue 20, "the DSL knows at once": every new incident is announced to the DSL and the deputy through the outbox
 * at once (not an hour before the first deadline), once, with its readable reference and no personal data; the
 * incident view says when the DSL's side was told. A role that is the subject of the case is never told.
 */
@QuarkusTest
@TestProfile(RemindersProfile.class)
class AnnouncementTest {

    private static Receivers receivers;

    @Inject
    ReminderJob job;

    private final MutableClock clock = MutableClock.at("2026-11-20T10:31:00Z");

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

    @Test
    void shouldTellTheDslAndTheDeputyOfANewIncidentAtOnceAndOnlyOnce() {
        Map<String, Object> body = Cases.filterCircumvention("reminder-primary");
        String secret = "summary-" + UUID.randomUUID();
        body.put("summary", secret);
        JsonPath reported = report(body);
        String id = reported.getString("id");
        String reference = reported.getString("reference");
        assertTrue(reference.matches("RPR-2026-\\d{4}"), reference);
        assertNull(reported.get("dsl.toldAt"), "nothing is delivered inside intake");

        job.runOnce("instance-a");
        job.runOnce("instance-a");

        List<Notification> announced = rows(id).stream().filter(n -> n.kind == NotificationKind.NEW_INCIDENT).toList();
        assertEquals(Set.of(Responsible.DSL, Responsible.DEPUTY_DSL),
                announced.stream().map(n -> n.role).collect(Collectors.toSet()), "the DSL and the deputy");
        assertEquals(2, announced.size(), "once each: " + announced);
        assertTrue(announced.stream().allMatch(n -> n.actionId == null && n.status == NotificationStatus.DELIVERED));
        List<Receivers.Mail> mails = receivers.everyMailAbout(id).stream()
                .filter(Receivers.Mail::isAnnouncement).toList();
        assertEquals(Set.of("dsl@reminder-primary.example.org", "deputy-dsl@reminder-primary.example.org"),
                mails.stream().map(Receivers.Mail::to).collect(Collectors.toSet()));
        assertEquals(2, mails.size(), "one e-mail each: " + mails);
        assertTrue(mails.stream().allMatch(m -> m.subject().contains(reference) && m.body().contains(reference)));
        assertFalse(mails.stream().anyMatch(m -> m.body().contains(secret)), "no summary in an e-mail");
        assertNotNull(incident(id).get("dsl.toldAt"), "the view says when the DSL's side was told");
    }

    @Test
    void shouldNeverAnnounceAnAllegationToTheRoleItIsAbout() {
        Map<String, Object> body = Cases.incident("reminder-primary", "INAPPROPRIATE_COMMUNICATION");
        Map<String, Object> dsl = IncidentRequests.party("INSTIGATOR", "STAFF", null, "s1");
        dsl.put("staffRole", "DSL");
        body.put("parties", Cases.list(dsl, IncidentRequests.party("VICTIM", "CHILD", 13, "p1")));
        String id = report(body).getString("id");

        job.runOnce("instance-a");

        List<Notification> announced = rows(id).stream().filter(n -> n.kind == NotificationKind.NEW_INCIDENT).toList();
        assertEquals(List.of(Responsible.DEPUTY_DSL), announced.stream().map(n -> n.role).toList(),
                "the deputy is told, once; the DSL the allegation is about is not");
        assertTrue(receivers.everyMailAbout(id).stream().noneMatch(m -> m.to().startsWith("dsl@")));
    }

    private static List<Notification> rows(String incidentId) {
        return QuarkusTransaction.requiringNew().call(() -> Notification.<Notification>list("incidentId = ?1",
                UUID.fromString(incidentId)));
    }
}
