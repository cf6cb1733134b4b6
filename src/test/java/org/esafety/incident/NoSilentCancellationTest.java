package org.esafety.incident;

import static org.esafety.support.IncidentRequests.party;
import static org.esafety.support.Lifecycle.closure;
import static org.esafety.support.Lifecycle.completion;
import static org.esafety.support.Lifecycle.evaluations;
import static org.esafety.support.Lifecycle.incident;
import static org.esafety.support.Lifecycle.json;
import static org.esafety.support.Lifecycle.reassess;
import static org.esafety.support.Lifecycle.reassessment;
import static org.esafety.support.Lifecycle.report;
import static org.esafety.support.Views.codes;
import static org.esafety.support.Views.codesWithStatus;
import static org.esafety.support.Views.live;
import static org.esafety.support.Views.liveId;
import static org.esafety.support.Views.withStatus;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.esafety.support.Cases;
import org.esafety.support.MutableClock;

/**
 * Decision-table v6 §4: no rule cancels a call, a report or a referral nobody made (OPEN actions of bands 1–4 the
 * rules no longer require stay OPEN, marked, until a person decides), and a reassessment may correct the category,
 * with its reason, which re-decides the incident.
 */
@QuarkusTest
class NoSilentCancellationTest {

    private static final String REASSESSED_AT = "2026-11-23T09:00:00Z";
    private final MutableClock clock = MutableClock.at("2026-11-20T10:45:00Z");

    @BeforeEach
    void installClock() {
        QuarkusMock.installMockForType(clock, Clock.class);
    }

    /** Two 11-year-olds sharing nudes: under 13 aggravates, so ILLEGAL, with police, LA and social-care referrals. */
    private static Map<String, Object> nudesOfElevenYearOlds() {
        Map<String, Object> body = Cases.incident("claines-primary", "SHARING_NUDES");
        body.put("parties", Cases.list(party("INSTIGATOR", "CHILD", 11, "pupil-11a"),
                party("VICTIM", "CHILD", 11, "pupil-11b")));
        return body;
    }

    @Test
    void shouldKeepAnUnmadeSocialCareReferralOpenAndBlockClosureWhenTheAgencyAdvisesInternalHandling() {
        JsonPath intake = report(nudesOfElevenYearOlds());
        String id = intake.getString("id");
        String referral = liveId(intake, "REFER_TO_CHILDRENS_SOCIAL_CARE");
        assertEquals("ILLEGAL", intake.getString("assessment.legality"));
        completion(liveId(intake, "REFER_TO_POLICE"), json("externalReference", "POL-1")).statusCode(200);

        clock.set(REASSESSED_AT);
        JsonPath after = reassess(id, json("externalOutcome", "AGENCY_ADVISED_INTERNAL_HANDLING"));
        String evaluationId = evaluations(id).getString("[1].id");

        assertEquals("INAPPROPRIATE", after.getString("assessment.legality"));
        Map<String, Object> kept = live(after, "REFER_TO_CHILDRENS_SOCIAL_CARE");
        assertEquals(referral, kept.get("id"), "the same action, never a new one");
        assertEquals("OPEN", kept.get("status"), "no rule cancels a referral nobody made");
        assertEquals(evaluationId, kept.get("noLongerRequiredSince"));
        assertEquals(REASSESSED_AT, kept.get("noLongerRequiredAt"));
        assertNull(kept.get("supersededBy"));
        assertTrue(evaluations(id).getList("[1].actionsNoLongerRequired").contains("REFER_TO_CHILDRENS_SOCIAL_CARE"));
        assertFalse(evaluations(id).getList("[1].actionsSuperseded").contains("REFER_TO_CHILDRENS_SOCIAL_CARE"));
        assertEquals("DONE", live(after, "REFER_TO_POLICE").get("status"), "a completed referral stays as it was");
        for (Map<String, Object> action : withStatus(after, "OPEN")) {
            if (!referral.equals(action.get("id"))) {
                completion((String) action.get("id"), json("externalReference", "X-1")).statusCode(200);
            }
        }

        assertEquals(List.of("REFER_TO_CHILDRENS_SOCIAL_CARE"), codesWithStatus(incident(id), "OPEN"));
        assertEquals("OPEN", incident(id).getString("status"), "it keeps counting for the incident's status");
        closure(id, json("note", "done")).statusCode(409);

        completion(referral, json("outcome", "NOT_REQUIRED", "rationale",
                "Children's social care advised on the phone that no referral is needed; LA ref recorded.")).statusCode(200);
        closure(id, json("note", "done")).statusCode(200).body("status", equalTo("CLOSED"));
    }

    @Test
    void shouldRemoveTheMarkWhenALaterReassessmentRequiresTheActionAgain() {
        JsonPath intake = report(nudesOfElevenYearOlds());
        String id = intake.getString("id");
        String referral = liveId(intake, "REFER_TO_CHILDRENS_SOCIAL_CARE");

        clock.set(REASSESSED_AT);
        reassess(id, json("externalOutcome", "AGENCY_ADVISED_INTERNAL_HANDLING"));
        clock.set("2026-11-24T09:00:00Z");
        JsonPath again = reassess(id, json("externalOutcome", "ILLEGAL_CONFIRMED"));

        Map<String, Object> action = live(again, "REFER_TO_CHILDRENS_SOCIAL_CARE");
        assertEquals(referral, action.get("id"));
        assertNull(action.get("noLongerRequiredSince"), "required again: the mark is removed");
        assertNull(action.get("noLongerRequiredAt"));
        assertEquals(intake.getString("actions.find { it.code == 'REFER_TO_CHILDRENS_SOCIAL_CARE' }.dueAt"),
                action.get("dueAt"), "it keeps its deadline");
    }

    @Test
    void shouldReDecideTheIncidentWithTheCategoryTheDslCorrects() {
        // A teaching assistant's "you're my favourite, don't tell your mum" messages, filed as inappropriate
        // communication: INAPPROPRIATE, so neither CEOP nor the police.
        Map<String, Object> body = Cases.incident("claines-primary", "INAPPROPRIATE_COMMUNICATION");
        body.put("parties", Cases.list(party("INSTIGATOR", "STAFF", null, "staff-ta-3"), party("VICTIM", "CHILD", 9, "pupil-9")));
        JsonPath intake = report(body);
        String id = intake.getString("id");
        assertEquals("INAPPROPRIATE", intake.getString("assessment.legality"));
        assertFalse(codes(intake).contains("REPORT_TO_CEOP"));

        clock.set(REASSESSED_AT);
        String reason = "The messages are grooming: secrecy from the parents and special attention (KCSIE Annex B).";
        JsonPath after = reassess(id, json("category", "GROOMING_OR_SEXUAL_EXPLOITATION", "reason", reason));

        assertEquals("GROOMING_OR_SEXUAL_EXPLOITATION", after.getString("category"));
        assertEquals("ILLEGAL", after.getString("assessment.legality"));
        assertTrue(codes(after).containsAll(List.of("REPORT_TO_CEOP", "REFER_TO_POLICE", "REFER_TO_LADO")),
                codes(after).toString());
        JsonPath history = evaluations(id);
        assertEquals(reason, history.getString("[1].reason"), "the reason is in the history");
        assertEquals("GROOMING_OR_SEXUAL_EXPLOITATION", history.getString("[1].facts.incident.category"));
        assertEquals("INAPPROPRIATE_COMMUNICATION", history.getString("[0].facts.incident.category"),
                "the first decision's facts are kept as they were");
        assertTrue(history.getString("[1].actor").startsWith("key:"), "who corrected it: " + history.getString("[1].actor"));
    }

    @Test
    void shouldRefuseACategoryCorrectionWithoutAReasonAndChangeNothing() {
        JsonPath intake = report(Cases.cyberbullying());
        String id = intake.getString("id");

        reassessment(id, json("category", "ONLINE_SEXUAL_HARASSMENT")).statusCode(400)
                .body("violations[0].field", equalTo("reason"));
        reassessment(id, json("category", "ONLINE_SEXUAL_HARASSMENT", "reason", "  ")).statusCode(400)
                .body("violations[0].field", equalTo("reason"));
        reassessment(id, json("category", "BULLYING", "reason", "typo")).statusCode(400)
                .body("violations[0].field", equalTo("category"));

        assertEquals("CYBERBULLYING", incident(id).getString("category"));
        assertEquals(1, evaluations(id).getList("").size(), "no evaluation was recorded");
    }
}
