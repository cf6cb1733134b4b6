package org.esafety.reminder;

import static org.esafety.reminder.ReminderTest.notice;
import static org.esafety.reminder.ReminderTest.notifications;
import static org.esafety.support.Lifecycle.report;
import static org.esafety.support.Views.liveId;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.esafety.policy.Responsible;
import org.esafety.reminder.ScriptedSmtpServer.Opening;
import org.esafety.support.Cases;
import org.esafety.support.MutableClock;

/**
 * The reminder e-mail against a mail server that is slow, silent, busy or refusing (a {@link ScriptedSmtpServer} on
 * the mailer's port): the service waits for a slow server, tries again at once after a passing failure, and tells
 * the next role only when the server keeps failing or refuses for good. Each test first runs the job on its own
 * (so that the notices other tests left due are sent), then reports its incident and runs the job once more:
 * everything that run sends is about that incident. The profile bounds one try at 10 s.
 */
@QuarkusTest
@TestProfile(RemindersProfile.class)
class SlowMailServerTest {

    private static final String AT = "2026-11-20T10:31:00Z";
    private static final String IT_SUPPORT = "it-support@reminder-primary.example.org";

    private static ScriptedSmtpServer smtp;

    @Inject
    ReminderJob job;

    private final MutableClock clock = MutableClock.at(AT);

    @BeforeAll
    static void startServer() {
        smtp = new ScriptedSmtpServer(ConfigProvider.getConfig().getValue("quarkus.mailer.port", Integer.class));
    }

    @AfterAll
    static void stopServer() {
        smtp.close();
    }

    @BeforeEach
    void sendWhatIsDueAlready() {
        QuarkusMock.installMockForType(clock, Clock.class);
        job.runOnce();
        smtp.reset();
    }

    @Test
    void shouldWaitForAServerThatGreetsLate() {
        smtp.otherwise(Opening.greetAfter(Duration.ofSeconds(3)));

        Reported incident = reportAndRun();

        assertAll("a greeting 3 s late is waited for",
                () -> assertEquals(List.of(notice(AT, "IT_SUPPORT", "EMAIL", true)), incident.fixFilterBypass()),
                () -> assertEquals(0, incident.run().failed(), "no failed attempt: " + incident.run()),
                () -> assertEquals(1, smtp.received().stream().filter(incident.itSupportNotice()::equals).count(),
                        "one copy: " + smtp.received()),
                () -> assertTrue(smtp.connections() >= 1, "sent over a new, slow connection"));
    }

    @Test
    void shouldTryAgainWhenTheServerNeverGreets() {
        smtp.next(Opening.SILENT);

        Reported incident = reportAndRun();

        assertAll("a connection the server never greets on is given up after the timeout and tried again",
                () -> assertEquals(List.of(notice(AT, "IT_SUPPORT", "EMAIL", true)), incident.fixFilterBypass(),
                        "delivered, the DSL not told instead"),
                () -> assertEquals(0, incident.run().failed(), "no failed attempt: " + incident.run()),
                () -> assertEquals(1, smtp.received().stream().filter(incident.itSupportNotice()::equals).count(),
                        "one copy: " + smtp.received()),
                () -> assertTrue(smtp.connections() >= 2, "the silent connection and another"));
    }

    @Test
    void shouldTryAgainWhenTheServerIsBusy() {
        smtp.next(Opening.refuse("421 4.3.2 Too busy, try again later"));

        Reported incident = reportAndRun();

        assertAll("a 421 greeting is tried again at once",
                () -> assertEquals(List.of(notice(AT, "IT_SUPPORT", "EMAIL", true)), incident.fixFilterBypass()),
                () -> assertEquals(0, incident.run().failed(), "no failed attempt: " + incident.run()),
                () -> assertEquals(1, smtp.received().stream().filter(incident.itSupportNotice()::equals).count()));
    }

    @Test
    void shouldTellTheNextRoleWhenTheServerStaysBusy() {
        smtp.otherwise(Opening.refuse("421 4.3.2 Too busy, try again later"));

        Reported incident = reportAndRun();

        List<Map<String, Object>> notices = incident.fixFilterBypass();
        assertAll("after one repeat, the attempt fails and the next role is told",
                () -> assertTrue(notices.contains(notice(AT, "IT_SUPPORT", "EMAIL", false)), notices.toString()),
                () -> assertTrue(notices.contains(notice(AT, "DSL", "EMAIL", false)), "the DSL told: " + notices),
                () -> assertEquals("smtp: SMTPException 421", incident.itSupportFailure()),
                () -> assertTrue(incident.run().failed() > 1, "IT_SUPPORT's and the fallbacks': " + incident.run()),
                () -> assertEquals(2 * incident.run().failed(), smtp.connections(),
                        "two tries (one repeat) for each failed attempt, no more"));
    }

    @Test
    void shouldNotRepeatAPermanentRefusal() {
        smtp.rcptReply("reminder-primary.example.org", "550 5.1.1 Mailbox unavailable");

        Reported incident = reportAndRun();

        List<Map<String, Object>> notices = incident.fixFilterBypass();
        assertAll("a 5xx reply fails the attempt at once",
                () -> assertTrue(notices.contains(notice(AT, "IT_SUPPORT", "EMAIL", false)), notices.toString()),
                () -> assertTrue(notices.contains(notice(AT, "DSL", "EMAIL", false)), "the DSL told: " + notices),
                () -> assertEquals("smtp: SMTPException 550", incident.itSupportFailure()),
                () -> assertEquals(1, smtp.recipients().stream().filter(IT_SUPPORT::equals).count(), "asked once"),
                () -> assertEquals(incident.run().failed(), smtp.recipients().size(), "one try per failed attempt"));
    }

    /** What one run did for a newly reported filter-circumvention case at reminder-primary. */
    private Reported reportAndRun() {
        JsonPath intake = report(Cases.filterCircumvention("reminder-primary"));
        ReminderJob.Run run = job.runOnce();
        return new Reported(intake.getString("id"), UUID.fromString(liveId(intake, "FIX_FILTER_BYPASS")), run);
    }

    private record Reported(String incidentId, UUID actionId, ReminderJob.Run run) {

        /** FIX_FILTER_BYPASS's notifications as the incident shows them. */
        List<Map<String, Object>> fixFilterBypass() {
            return notifications(incidentId, "FIX_FILTER_BYPASS");
        }

        private Notification itSupport() {
            return QuarkusTransaction.requiringNew().call(() -> Notification.forAction(actionId).stream()
                    .filter(n -> n.role == Responsible.IT_SUPPORT).findFirst().orElseThrow());
        }

        String itSupportNotice() {
            return itSupport().id.toString();
        }

        String itSupportFailure() {
            return itSupport().lastFailure;
        }
    }
}
