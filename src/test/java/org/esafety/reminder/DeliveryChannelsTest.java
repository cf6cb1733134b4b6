package org.esafety.reminder;

import static org.esafety.reminder.ReminderTest.notice;
import static org.esafety.reminder.ReminderTest.notifications;
import static org.esafety.support.IncidentRequests.party;
import static org.esafety.support.Lifecycle.incident;
import static org.esafety.support.Lifecycle.report;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.esafety.support.Cases;
import org.esafety.support.MutableClock;

/**
 * The two channels against real receivers: e-mail over SMTP (GreenMail) and the signed webhook (a JDK HTTP
 * server that verifies the signature itself), what a notice carries and never carries, and a failing
 * webhook: retried with back-off while the next role is told at once.
 */
@QuarkusTest
@TestProfile(RemindersProfile.class)
class DeliveryChannelsTest {

    /** Text in the report that must never leave the service in a notice. */
    private static final List<String> PRIVATE = List.of("Private summary 7731", "pupil-secret-52", "pupil-secret-77",
            "unsafe.example.net", "MON-secret-");

    private static Receivers receivers;
    private static final ObjectMapper JSON = new ObjectMapper();

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

    /** Issue 17, finding 7: a principal bound to a school read every role's webhook URL; only admins see them now. */
    @Test
    void shouldShowTheWebhookUrlsToAdminsOnly() {
        String dsl = io.restassured.RestAssured.given().get("/api/schools/reminder-hooks").then().statusCode(200)
                .body("roleInboxes.HEADTEACHER.email", org.hamcrest.Matchers.equalTo("headteacher@reminder-hooks.example.org"))
                .body("roleInboxes.DSL.webhookUrl", org.hamcrest.Matchers.nullValue())
                .extract().asString();
        assertFalse(dsl.contains("/hooks/"), dsl);
        assertFalse(io.restassured.RestAssured.given().get("/api/schools").then().statusCode(200).extract().asString()
                .contains("/hooks/"), "nor in the list");
        io.restassured.RestAssured.given().auth().preemptive()
                .basic(org.esafety.support.TestCredentials.ADMIN, org.esafety.support.TestCredentials.ADMIN_PASSWORD)
                .get("/api/schools/reminder-hooks").then().statusCode(200)
                .body("roleInboxes.DSL.webhookUrl", org.hamcrest.Matchers.endsWith("/hooks/reminder-hooks/dsl"));
    }

    @Test
    void shouldEmailCodesTitlesDeadlineAndLinkButNothingPrivate() {
        String id = report(privateDetails("reminder-primary")).getString("id");

        clock.set("2026-11-20T10:45:00Z");
        job.runOnce();

        List<Receivers.Mail> mails = receivers.everyMailAbout(id);
        String reference = incident(id).getString("reference");
        Receivers.Mail report = mails.stream().filter(m -> m.subject().contains("REPORT_TO_DSL")).findFirst().orElseThrow(
                () -> new AssertionError("no REPORT_TO_DSL mail about " + id + " in " + mails));
        Receivers.Mail secure = mails.stream().filter(m -> m.subject().contains("SECURE_EVIDENCE")).findFirst().orElseThrow();
        assertAll("the e-mail to the DSL",
                () -> assertEquals("dsl@reminder-primary.example.org", secure.to()),
                () -> assertEquals("[e-safety] Reminder: SECURE_EVIDENCE due Fri 20 Nov 2026 11:30 (" + reference + ")",
                        secure.subject(), "the readable reference, to quote on the phone"),
                () -> assertTrue(secure.body().contains("SECURE_EVIDENCE - "), secure.body()),
                () -> assertTrue(secure.body().contains("Fri 20 Nov 2026 11:30 (Europe/London), 2026-11-20T11:30:00Z"), secure.body()),
                () -> assertTrue(secure.body().contains(RemindersProfile.PUBLIC_URL + "/incidents/" + id), secure.body()),
                () -> assertTrue(secure.notificationId() != null, "the notification id header"));
        assertEquals("reporter@reminder-primary.example.org", report.to());
        assertTrue(mails.stream().noneMatch(m -> m.subject().contains("BLOCK_URL")), "BLOCK_URL is due at the end of the day");
        for (Receivers.Mail mail : mails) {
            for (String secret : PRIVATE) {
                assertFalse(mail.subject().contains(secret) || mail.body().contains(secret), secret + " in " + mail);
            }
        }
    }

    @Test
    void shouldPostASignedWebhookThatTheReceiverVerifies() throws Exception {
        String id = report(privateDetails("reminder-hooks")).getString("id");

        clock.set("2026-11-20T11:30:00Z");
        job.runOnce();

        List<WebhookReceiver.Received> hooks = about(id);
        assertTrue(!hooks.isEmpty(), "the DSL's webhook was called");
        WebhookReceiver.Received secure = hooks.stream().filter(h -> h.body().contains("\"SECURE_EVIDENCE\"")).findFirst()
                .orElseThrow();
        JsonNode body = JSON.readTree(secure.body());
        assertAll("the webhook call",
                () -> assertTrue(secure.validSignature(), "signature " + secure.signature() + " verified with the school's secret"),
                () -> assertEquals(Long.toString(Instant.parse("2026-11-20T11:30:00Z").getEpochSecond()), secure.timestamp()),
                () -> assertEquals("application/json", secure.contentType()),
                () -> assertEquals("/hooks/reminder-hooks/dsl", secure.path()),
                () -> assertEquals("OVERDUE", body.get("kind").asText()),
                () -> assertEquals("DSL", body.get("role").asText()),
                () -> assertEquals(secure.notificationId(), body.get("notificationId").asText()),
                () -> assertEquals(id, body.get("incidentId").asText()),
                () -> assertEquals(RemindersProfile.PUBLIC_URL + "/incidents/" + id, body.get("incidentLink").asText()),
                () -> assertEquals("SECURE_EVIDENCE", body.at("/action/code").asText()),
                () -> assertEquals("2026-11-20T11:30:00Z", body.at("/action/dueAt").asText()),
                () -> assertFalse(body.at("/action/title").asText().isBlank()));
        for (WebhookReceiver.Received hook : hooks) {
            for (String secret : PRIVATE) {
                assertFalse(hook.body().contains(secret), secret + " in " + hook.body());
            }
        }
        assertEquals(List.of(notice("2026-11-20T11:30:00Z", "DSL", "WEBHOOK", true)), notifications(id, "SECURE_EVIDENCE"));
    }

    @Test
    void shouldRetryAFailingWebhookWithBackOffAndTellTheDeputyAtOnce() {
        String path = "/hooks/reminder-failing-dsl/dsl";
        receivers.hooks.failing(path, true);
        Map<String, Object> body = Cases.uncertainOther();
        body.put("schoolId", "reminder-failing-dsl");
        String id = report(body).getString("id");
        try {
            clock.set("2026-11-20T11:30:00Z");
            job.runOnce();

            assertEquals(List.of(notice("2026-11-20T11:30:00Z", "DSL", "WEBHOOK", false),
                            notice("2026-11-20T11:30:00Z", "DEPUTY_DSL", "EMAIL", true)),
                    notifications(id, "SECURE_EVIDENCE"), "the deputy is told in the same run");
            assertEquals(1, attemptsFor(id, "SECURE_EVIDENCE"));

            clock.set("2026-11-20T11:30:59Z");
            job.runOnce();
            assertEquals(1, attemptsFor(id, "SECURE_EVIDENCE"), "no retry before the back-off (1 minute)");

            receivers.hooks.failing(path, false);
            clock.set("2026-11-20T11:31:00Z");
            job.runOnce();
        } finally {
            receivers.hooks.failing(path, false);
        }
        assertEquals(2, attemptsFor(id, "SECURE_EVIDENCE"), "retried once the back-off passed");
        assertTrue(about(id).stream().filter(h -> h.body().contains("\"SECURE_EVIDENCE\"")).allMatch(h -> h.validSignature()),
                "every attempt signed with the common secret");
        assertEquals(List.of(notice("2026-11-20T11:30:00Z", "DSL", "WEBHOOK", true),
                        notice("2026-11-20T11:30:00Z", "DEPUTY_DSL", "EMAIL", true)),
                notifications(id, "SECURE_EVIDENCE"));
        assertEquals(1, receivers.mailsAbout(id).stream().filter(m -> m.subject().contains("SECURE_EVIDENCE")).count(),
                "the deputy was told once");
    }

    private static long attemptsFor(String incidentId, String code) {
        return about(incidentId).stream().filter(h -> h.body().contains("\"" + code + "\"")).count();
    }

    private static List<WebhookReceiver.Received> about(String incidentId) {
        return receivers.hooks.received().stream().filter(h -> h.body().contains(incidentId)).toList();
    }

    /** A report full of details no notice may carry: summary, party references, URL, external reference. */
    private static Map<String, Object> privateDetails(String schoolId) {
        Map<String, Object> body = Cases.incident(schoolId, "UNSUITABLE_CONTENT");
        body.put("externalRef", "MON-secret-" + UUID.randomUUID());
        body.put("reportedLegality", "ILLEGAL");
        body.put("url", "https://unsafe.example.net/page");
        body.put("summary", "Private summary 7731 about a named pupil");
        body.put("parties", Cases.list(party("INSTIGATOR", "CHILD", 14, "pupil-secret-52"),
                party("EXPOSED", "CHILD", 12, "pupil-secret-77")));
        body.put("circumstances", Cases.flags("deliberate", true));
        return body;
    }
}
