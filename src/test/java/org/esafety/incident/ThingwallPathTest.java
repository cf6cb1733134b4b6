package org.esafety.incident;

import static org.esafety.support.Lifecycle.closure;
import static org.esafety.support.Lifecycle.completeAllOpen;
import static org.esafety.support.Lifecycle.completion;
import static org.esafety.support.Lifecycle.evaluations;
import static org.esafety.support.Lifecycle.incident;
import static org.esafety.support.Lifecycle.json;
import static org.esafety.support.Lifecycle.reassess;
import static org.esafety.support.Lifecycle.reassessment;
import static org.esafety.support.Lifecycle.report;
import static org.esafety.support.Views.SANCTIONS;
import static org.esafety.support.Views.byId;
import static org.esafety.support.Views.codes;
import static org.esafety.support.Views.codesWithStatus;
import static org.esafety.support.Views.findLive;
import static org.esafety.support.Views.instructions;
import static org.esafety.support.Views.live;
import static org.esafety.support.Views.liveId;
import static org.esafety.support.Views.withStatus;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.esafety.support.Cases;
import org.esafety.support.MutableClock;

/**
 * The Thingwall incident flowchart end to end (decision-table §3.3, §3.9, §4; research §2.1): suspected
 * illegal material is referred and sanctions wait; the agency's answer either returns the case to the
 * school's own procedures or confirms it; then every action is completed and the DSL closes the case.
 * Reported on Friday 20 November 2026 (GMT), reassessed on Monday 23 November at 09:00.
 */
@QuarkusTest
class ThingwallPathTest {

    private static final String REASSESSED_AT = "2026-11-23T09:00:00Z";
    /** The fifth working day after Monday 23 November, at the end of the school day (WORKING_DAYS_5). */
    private static final String FIVE_WORKING_DAYS_AFTER_REASSESSMENT = "2026-11-30T17:00:00Z";

    private final MutableClock clock = MutableClock.at("2026-11-20T10:45:00Z");

    @BeforeEach
    void installClock() {
        QuarkusMock.installMockForType(clock, Clock.class);
    }

    @Test
    void shouldRevertToInternalProceduresAndReleaseSanctionsWhenPoliceFindNoIllegalActivity() {
        JsonPath intake = report(Cases.reportedIllegalUnsuitableContent());
        String id = intake.getString("id");
        assertReferredWithSanctionsHeld(intake);

        clock.set("2026-11-20T15:00:00Z");
        String police = completeReferral(intake, "REFER_TO_POLICE", "POL-2026-0417");
        String la = completeReferral(intake, "INFORM_LA", "LA-2026-88");
        List<String> openBefore = codesWithStatus(incident(id), "OPEN");

        clock.set(REASSESSED_AT);
        JsonPath after = reassess(id, json("externalOutcome", "NO_ILLEGAL_ACTIVITY", "reassessedBy", "dsl-7"));
        String evaluationId = evaluations(id).getString("[1].id");

        assertEquals("INAPPROPRIATE", after.getString("assessment.legality"));
        assertEquals("NO_ILLEGAL_ACTIVITY", after.getString("externalOutcome"));
        assertEquals("OPEN", after.getString("status"));
        Map<String, Object> revert = live(after, "REVERT_TO_INTERNAL_PROCEDURES");
        assertAll("REVERT_TO_INTERNAL_PROCEDURES, counted from the reassessment",
                () -> assertEquals("OPEN", revert.get("status")),
                () -> assertEquals("DSL", revert.get("responsible")),
                () -> assertEquals("WORKING_DAYS_5", revert.get("deadline")),
                () -> assertEquals(FIVE_WORKING_DAYS_AFTER_REASSESSMENT, revert.get("dueAt")));
        assertEquals(FIVE_WORKING_DAYS_AFTER_REASSESSMENT, live(after, "APPLY_BEHAVIOUR_POLICY").get("dueAt"),
                "the held sanction is released, due from the reassessment");
        assertFalse(instructions(after).contains("HOLD_SANCTIONS"), "instructions " + instructions(after));
        assertFalse(instructions(after).contains("DO_NOT_INVESTIGATE"), "instructions " + instructions(after));

        for (String[] referral : new String[][] {{police, "POL-2026-0417"}, {la, "LA-2026-88"}}) {
            Map<String, Object> kept = byId(after, referral[0]);
            assertAll("a completed referral stays as it was",
                    () -> assertEquals("DONE", kept.get("status")),
                    () -> assertEquals("2026-11-20T15:00:00Z", kept.get("completedAt")),
                    () -> assertEquals(referral[1], kept.get("externalReference")),
                    () -> assertNull(kept.get("supersededBy")));
        }
        Set<String> stillRequired = new HashSet<>(codes(after));
        List<String> dropped = openBefore.stream().filter(c -> !stillRequired.contains(c)).sorted().toList();
        assertEquals(List.of("REPORT_TO_GOVERNING_BODY"), dropped,
                "the ILLEGAL route's open record-keeping action is superseded");
        Map<String, Object> evidence = live(after, "SECURE_EVIDENCE");
        assertAll("v6 §4: an open evidence action (band 3) is never cancelled by the rules",
                () -> assertEquals("OPEN", evidence.get("status")),
                () -> assertEquals(evaluationId, evidence.get("noLongerRequiredSince")),
                () -> assertEquals(REASSESSED_AT, evidence.get("noLongerRequiredAt")),
                () -> assertNull(evidence.get("supersededBy")));
        assertEquals(List.of("SECURE_EVIDENCE"), evaluations(id).getList("[1].actionsNoLongerRequired"));
        for (String code : dropped) {
            Map<String, Object> superseded = withStatus(after, "SUPERSEDED").stream()
                    .filter(a -> code.equals(a.get("code"))).findFirst().orElseThrow();
            assertEquals(evaluationId, superseded.get("supersededBy"), code + " superseded by the new evaluation");
            assertNull(superseded.get("order"), code + " has no order once superseded");
        }
        assertEquals(dropped, evaluations(id).getList("[1].actionsSuperseded"));

        completeAndClose(id);
    }

    @Test
    void shouldKeepSanctionsHeldAndSeekLaAdviceWhenIllegalActivityIsConfirmed() {
        JsonPath intake = report(Cases.abuseImagery("CHILD"));
        String id = intake.getString("id");
        assertReferredWithSanctionsHeld(intake);
        assertTrue(instructions(intake).contains("DO_NOT_VIEW_OR_COPY_IMAGES"));

        clock.set("2026-11-20T15:00:00Z");
        completeReferral(intake, "REFER_TO_POLICE", "POL-2026-0500");
        completeReferral(intake, "INFORM_LA", "LA-2026-90");
        JsonPath before = incident(id);

        clock.set(REASSESSED_AT);
        JsonPath after = reassess(id, json("externalOutcome", "ILLEGAL_CONFIRMED"));

        assertEquals("ILLEGAL", after.getString("assessment.legality"));
        assertTrue(instructions(after).containsAll(List.of("ALLOW_POLICE_INVESTIGATION", "HOLD_SANCTIONS")),
                "instructions " + instructions(after));
        Map<String, Object> advice = live(after, "SEEK_LA_ADVICE");
        assertEquals("2026-11-24T09:00:00Z", advice.get("dueAt"), "one working day after the reassessment");
        assertEquals("OPEN", advice.get("status"));
        assertTrue(findLive(after, "CONSIDER_DBS_REFERRAL").isEmpty(), "no DBS referral for a pupil");
        assertTrue(findLive(after, "REVERT_TO_INTERNAL_PROCEDURES").isEmpty());
        assertNoSanction(after);
        assertTrue(withStatus(after, "SUPERSEDED").isEmpty(), "nothing is superseded: " + codes(after));
        for (Map<String, Object> old : withStatus(before, "OPEN")) {
            Map<String, Object> now = byId(after, (String) old.get("id"));
            assertEquals(old.get("dueAt"), now.get("dueAt"), old.get("code") + " keeps its deadline");
            assertEquals("OPEN", now.get("status"));
        }
        assertEquals(List.of("SEEK_LA_ADVICE"), evaluations(id).getList("[1].actionsAdded"));

        completeAndClose(id);
    }

    @Test
    void shouldConsiderDbsReferralWhenIllegalActivityByStaffIsConfirmed() {
        JsonPath intake = report(Cases.abuseImagery("STAFF"));
        String id = intake.getString("id");
        assertReferredWithSanctionsHeld(intake);
        assertTrue(codes(intake).contains("REFER_TO_LADO"), "codes " + codes(intake));

        clock.set(REASSESSED_AT);
        JsonPath after = reassess(id, json("externalOutcome", "ILLEGAL_CONFIRMED"));

        assertTrue(instructions(after).containsAll(List.of("ALLOW_POLICE_INVESTIGATION", "HOLD_SANCTIONS")),
                "instructions " + instructions(after));
        Map<String, Object> dbs = live(after, "CONSIDER_DBS_REFERRAL");
        assertAll("CONSIDER_DBS_REFERRAL",
                () -> assertEquals("HEADTEACHER", dbs.get("responsible")),
                () -> assertEquals(FIVE_WORKING_DAYS_AFTER_REASSESSMENT, dbs.get("dueAt")));
        assertEquals("2026-11-24T09:00:00Z", live(after, "SEEK_LA_ADVICE").get("dueAt"));
        assertNoSanction(after);
        assertEquals(List.of("CONSIDER_DBS_REFERRAL", "SEEK_LA_ADVICE"),
                evaluations(id).getList("[1].actionsAdded", String.class).stream().sorted().toList());

        completeAndClose(id);
    }

    /** Suspected illegal material: police and LA referrals, evidence secured, sanctions held, none required. */
    private static void assertReferredWithSanctionsHeld(JsonPath view) {
        assertEquals("ILLEGAL", view.getString("assessment.legality"));
        assertEquals("OPEN", view.getString("status"));
        assertTrue(codes(view).containsAll(List.of("REFER_TO_POLICE", "INFORM_LA", "SECURE_EVIDENCE")),
                "codes " + codes(view));
        assertTrue(instructions(view).containsAll(List.of("HOLD_SANCTIONS", "DO_NOT_INVESTIGATE")),
                "instructions " + instructions(view));
        assertNoSanction(view);
        assertTrue(findLive(view, "REVERT_TO_INTERNAL_PROCEDURES").isEmpty());
    }

    private static void assertNoSanction(JsonPath view) {
        assertTrue(codes(view).stream().noneMatch(SANCTIONS::contains), "no sanction while held: " + codes(view));
    }

    /** Completes a referral with its agency's reference; the 200 answer is the action, now DONE. */
    private String completeReferral(JsonPath view, String code, String reference) {
        String actionId = liveId(view, code);
        completion(actionId, json("outcome", "DONE", "completedBy", "dsl-7", "note", "Referred by phone",
                "externalReference", reference))
                .statusCode(200)
                .body("id", equalTo(actionId))
                .body("code", equalTo(code))
                .body("status", equalTo("DONE"))
                .body("outcome", equalTo("DONE"))
                .body("completedAt", equalTo(clock.instant().toString()))
                .body("completedBy", equalTo("dsl-7"))
                .body("externalReference", equalTo(reference))
                .body("overdue", equalTo(false));
        return actionId;
    }

    /** Closing fails while actions are open; once all are done the incident closes, and then refuses every change. */
    private void completeAndClose(String id) {
        conflict(closure(id, json("closedBy", "dsl-7")), "open action");

        clock.set("2026-11-23T10:00:00Z");
        JsonPath complete = completeAllOpen(id, "dsl-7");
        assertEquals("ACTIONS_COMPLETE", complete.getString("status"));
        assertTrue(withStatus(complete, "OPEN").isEmpty());

        clock.set("2026-11-23T10:30:00Z");
        closure(id, json("closedBy", "dsl-7", "note", "Reviewed with the headteacher"))
                .statusCode(200)
                .body("id", equalTo(id))
                .body("status", equalTo("CLOSED"));
        assertEquals("CLOSED", incident(id).getString("status"));

        String anAction = (String) withStatus(complete, "DONE").get(0).get("id");
        conflict(completion(anAction, json("completedBy", "dsl-7")), "closed");
        conflict(reassessment(id, json("dslAssessment", "ILLEGAL")), "closed");
        conflict(closure(id, json("closedBy", "dsl-7")), "closed");
        JsonPath closed = incident(id);
        assertEquals("CLOSED", closed.getString("status"));
        assertNull(closed.get("dslAssessment"), "the refused reassessment changed nothing");
        assertEquals(2, evaluations(id).getList("").size());
    }

    private static void conflict(ValidatableResponse response, String detail) {
        response.statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:esafety:problem:conflict"))
                .body("status", equalTo(409))
                .body("detail", containsString(detail));
    }
}
