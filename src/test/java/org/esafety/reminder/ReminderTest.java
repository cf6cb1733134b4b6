package org.esafety.reminder;

import static org.esafety.support.IncidentRequests.party;
import static org.esafety.support.Lifecycle.done;
import static org.esafety.support.Lifecycle.incident;
import static org.esafety.support.Lifecycle.report;
import static org.esafety.support.Views.liveId;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.esafety.support.Cases;
import org.esafety.support.MutableClock;

/**
 * Reminders and escalation (issue 9), driven through the job with an injected clock and read back from
 * GET /api/incidents/{id} ({@code notifications} on each action) and the real SMTP server.
 * The cases are reported on Friday 2026-11-20 at 10:30Z; IMMEDIATE actions are due at 11:30Z.
 */
@QuarkusTest
@TestProfile(RemindersProfile.class)
class ReminderTest {

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
    void shouldRemindTheResponsibleRoleWithinTheLeadTimeBeforeTheDeadline() {
        String id = report(Cases.filterCircumvention("reminder-primary")).getString("id");

        clock.set("2026-11-20T10:29:00Z");
        job.runOnce();
        assertEquals(List.of(), notifications(id, "FIX_FILTER_BYPASS"), "more than the lead time before the deadline");

        clock.set("2026-11-20T10:31:00Z");
        job.runOnce();
        job.runOnce();

        assertEquals(List.of(notice("2026-11-20T10:31:00Z", "IT_SUPPORT", "EMAIL", true)),
                notifications(id, "FIX_FILTER_BYPASS"), "one reminder, however often the job runs");
        assertEquals(List.of(), notifications(id, "LOG_INCIDENT"), "due at the end of the day: not yet");
        List<Receivers.Mail> mails = receivers.mailsAbout(id).stream()
                .filter(m -> m.subject().contains("FIX_FILTER_BYPASS")).toList();
        assertEquals(1, mails.size(), "one e-mail");
        assertAll("the reminder e-mail",
                () -> assertEquals("it-support@reminder-primary.example.org", mails.get(0).to()),
                () -> assertTrue(mails.get(0).subject().startsWith("[e-safety] Reminder: FIX_FILTER_BYPASS due"),
                        mails.get(0).subject()));
    }

    @Test
    void shouldEscalateOneStepAtATimeAfterTheDeadlineUpToTheChair() {
        String id = report(Cases.filterCircumvention("reminder-primary")).getString("id");

        for (String at : List.of("2026-11-20T11:30:00Z", "2026-11-20T12:29:00Z", "2026-11-20T12:30:00Z",
                "2026-11-20T14:29:00Z", "2026-11-20T14:30:00Z", "2026-11-20T16:30:00Z", "2026-11-20T18:30:00Z",
                "2026-11-20T20:30:00Z", "2026-11-21T09:00:00Z")) {
            clock.set(at);
            job.runOnce();
        }

        assertEquals(List.of(
                notice("2026-11-20T11:30:00Z", "IT_SUPPORT", "EMAIL", true),
                notice("2026-11-20T12:30:00Z", "DSL", "EMAIL", true),
                notice("2026-11-20T14:30:00Z", "DEPUTY_DSL", "EMAIL", true),
                notice("2026-11-20T16:30:00Z", "HEADTEACHER", "EMAIL", true),
                notice("2026-11-20T18:30:00Z", "CHAIR_OF_GOVERNORS", "EMAIL", true)),
                notifications(id, "FIX_FILTER_BYPASS"), "overdue notice, then one step up every time, ending at the chair");
        List<Receivers.Mail> toDeputy = receivers.mailsAbout(id).stream()
                .filter(m -> m.to().startsWith("deputy-dsl@") && m.subject().contains("FIX_FILTER_BYPASS")).toList();
        assertEquals(1, toDeputy.size());
        assertTrue(toDeputy.get(0).subject().startsWith("[e-safety] Escalation 2: FIX_FILTER_BYPASS"), toDeputy.get(0).subject());
        assertTrue(toDeputy.get(0).body().contains("for IT_SUPPORT, is overdue"), toDeputy.get(0).body());
    }

    @Test
    void shouldStopRemindingOnceTheActionIsDone() {
        JsonPath intake = report(Cases.filterCircumvention("reminder-primary"));
        String id = intake.getString("id");
        clock.set("2026-11-20T11:30:00Z");
        job.runOnce();
        done(liveId(intake, "FIX_FILTER_BYPASS"), "it-3");

        clock.set("2026-11-20T20:00:00Z");
        job.runOnce();

        assertEquals(List.of(notice("2026-11-20T11:30:00Z", "IT_SUPPORT", "EMAIL", true)),
                notifications(id, "FIX_FILTER_BYPASS"));
    }

    @Test
    void shouldNeverTellTheRoleTheSubjectHolds() {
        // A DSL who contacted a pupil through personal channels: the DSL is the subject (decision-table §3.5),
        // so REPORT_TO_DEPUTY_DSL replaces REPORT_TO_DSL and its escalation passes the DSL by.
        Map<String, Object> body = Cases.incident("reminder-primary", "INAPPROPRIATE_COMMUNICATION");
        Map<String, Object> dsl = party("INSTIGATOR", "STAFF", null, "staff-dsl");
        dsl.put("staffRole", "DSL");
        body.put("parties", Cases.list(dsl, party("VICTIM", "CHILD", 14, "pupil-5")));
        String id = report(body).getString("id");

        for (String at : List.of("2026-11-20T11:30:00Z", "2026-11-20T12:30:00Z", "2026-11-20T14:30:00Z",
                "2026-11-20T16:30:00Z", "2026-11-20T18:30:00Z", "2026-11-30T18:00:00Z")) {
            clock.set(at);
            job.runOnce();
        }

        assertEquals(List.of(
                notice("2026-11-20T11:30:00Z", "REPORTER", "EMAIL", true),
                notice("2026-11-20T12:30:00Z", "DEPUTY_DSL", "EMAIL", true),
                notice("2026-11-20T14:30:00Z", "HEADTEACHER", "EMAIL", true),
                notice("2026-11-20T16:30:00Z", "CHAIR_OF_GOVERNORS", "EMAIL", true)),
                notifications(id, "REPORT_TO_DEPUTY_DSL"));
        List<Map<String, Object>> all = incident(id).getList("actions.notifications.flatten()");
        assertTrue(all.size() > 4, "the other actions were reminded too: " + all.size());
        assertTrue(all.stream().noneMatch(n -> "DSL".equals(n.get("role"))), "no notice to the DSL: " + all);
        assertTrue(receivers.mailsAbout(id).stream().noneMatch(m -> m.to().startsWith("dsl@")),
                "no e-mail to the DSL's inbox");
    }

    @Test
    void shouldTellTheDeputyAtOnceWhenTheSchoolHasNoDslInbox() {
        Map<String, Object> body = Cases.uncertainOther();
        body.put("schoolId", "reminder-no-dsl");
        String id = report(body).getString("id");

        clock.set("2026-11-20T11:30:00Z");
        job.runOnce();

        assertEquals(List.of(notice("2026-11-20T11:30:00Z", "DSL", "NONE", false),
                        notice("2026-11-20T11:30:00Z", "DEPUTY_DSL", "EMAIL", true)),
                notifications(id, "SECURE_EVIDENCE"));
        assertEquals(1, receivers.mailsAbout(id).stream()
                .filter(m -> m.to().equals("deputy-dsl@reminder-no-dsl.example.org") && m.subject().contains("SECURE_EVIDENCE"))
                .count());
    }

    static Map<String, Object> notice(String at, String role, String channel, boolean delivered) {
        return Map.of("at", at, "role", role, "channel", channel, "delivered", delivered);
    }

    /** The {@code notifications} of the incident's live action with this code. */
    static List<Map<String, Object>> notifications(String incidentId, String code) {
        JsonPath view = incident(incidentId);
        return view.getList("actions.find { it.code == '" + code + "' && it.status != 'SUPERSEDED' }.notifications");
    }
}
