package org.esafety.reminder;

import static io.restassured.RestAssured.given;
import static org.esafety.reminder.ReminderTest.notice;
import static org.esafety.reminder.ReminderTest.notifications;
import static org.esafety.support.IncidentRequests.party;
import static org.esafety.support.Lifecycle.incident;
import static org.esafety.support.Lifecycle.report;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.esafety.support.Cases;
import org.esafety.support.DefaultCredentials;
import org.esafety.support.MutableClock;
import org.esafety.support.ScratchRules;

/**
 * Reminders follow the decision recorded on the incident (issue 15): the roles a decision kept away from the case
 * are stored with it, so a later reload of different rules never sends an earlier incident's notices to its subject.
 */
@QuarkusTest
@TestProfile(RemindersWithScratchRules.class)
class RemindersAfterReloadTest {

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

    @AfterEach
    void restoreTheShippedRules() {
        ScratchRules.restore();
        reload();
    }

    @Test
    void shouldKeepSkippingTheSubjectsRoleAfterAReloadOfRulesThatNoLongerWould() {
        // The DSL contacted a pupil through personal channels: the decision keeps the DSL away from the case.
        Map<String, Object> body = Cases.incident("reminder-primary", "INAPPROPRIATE_COMMUNICATION");
        Map<String, Object> dsl = party("INSTIGATOR", "STAFF", null, "staff-dsl");
        dsl.put("staffRole", "DSL");
        body.put("parties", Cases.list(dsl, party("VICTIM", "CHILD", 14, "pupil-5")));
        String id = report(body).getString("id");
        assertEquals("DEPUTY_DSL", responsible(incident(id).getList("actions"), "LOG_INCIDENT"));

        // A rule change that would no longer keep the DSL away: the DSL's own actions go to the DSL again.
        ScratchRules.edit("adults-as-subjects.drl", """
                    not Party(role == PartyRole.INSTIGATOR, kind == PartyKind.STAFF, staffRole == StaffRole.DEPUTY_DSL)
                then
                    insert(new Substitution(Responsible.DSL, Responsible.DEPUTY_DSL));
                end

                rule "When a headteacher who is the DSL""", """
                    not Party(role == PartyRole.INSTIGATOR, kind == PartyKind.STAFF, staffRole == StaffRole.DEPUTY_DSL)
                    eval(false)
                then
                    insert(new Substitution(Responsible.DSL, Responsible.DEPUTY_DSL));
                end

                rule "When a headteacher who is the DSL""");
        String before = incident(id).getString("assessment.ruleSetVersion");
        assertNotEquals(before, reload(), "the changed rules are in force");
        List<Map<String, Object>> tried = given().header("Authorization", DefaultCredentials.as("dsl"))
                .contentType(ContentType.JSON).body(body).when().post("/api/evaluations")
                .then().statusCode(200).extract().jsonPath().getList("actions");
        assertEquals("DSL", responsible(tried, "LOG_INCIDENT"), "the rules in force would now involve the DSL");

        for (String at : List.of("2026-11-20T11:30:00Z", "2026-11-20T12:30:00Z", "2026-11-20T14:30:00Z",
                "2026-11-20T16:30:00Z", "2026-11-20T18:30:00Z")) {
            clock.set(at);
            job.runOnce();
        }

        assertEquals(List.of(
                notice("2026-11-20T11:30:00Z", "REPORTER", "EMAIL", true),
                notice("2026-11-20T12:30:00Z", "DEPUTY_DSL", "EMAIL", true),
                notice("2026-11-20T14:30:00Z", "HEADTEACHER", "EMAIL", true),
                notice("2026-11-20T16:30:00Z", "CHAIR_OF_GOVERNORS", "EMAIL", true)),
                notifications(id, "REPORT_TO_DEPUTY_DSL"), "the escalation passes the DSL by, as the decision said");
        List<Map<String, Object>> all = incident(id).getList("actions.notifications.flatten()");
        assertTrue(all.stream().noneMatch(n -> "DSL".equals(n.get("role"))), "no notice to the DSL: " + all);
        assertTrue(receivers.mailsAbout(id).stream().noneMatch(m -> m.to().startsWith("dsl@")),
                "no e-mail to the DSL's inbox");
    }

    private static String responsible(List<Map<String, Object>> actions, String code) {
        return actions.stream().filter(a -> code.equals(a.get("code"))).map(a -> (String) a.get("responsible"))
                .findFirst().orElseThrow();
    }

    private static String reload() {
        return given().header("Authorization", DefaultCredentials.as("admin")).when().post("/api/admin/rules/reload")
                .then().statusCode(200).extract().path("version");
    }
}
