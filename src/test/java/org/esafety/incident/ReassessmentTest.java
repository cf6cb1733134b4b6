package org.esafety.incident;

import static io.restassured.RestAssured.given;
import static org.esafety.support.IncidentRequests.party;
import static org.esafety.support.Lifecycle.audit;
import static org.esafety.support.Lifecycle.done;
import static org.esafety.support.Lifecycle.evaluations;
import static org.esafety.support.Lifecycle.incident;
import static org.esafety.support.Lifecycle.json;
import static org.esafety.support.Lifecycle.reassess;
import static org.esafety.support.Lifecycle.reassessment;
import static org.esafety.support.Lifecycle.report;
import static org.esafety.support.Views.actions;
import static org.esafety.support.Views.byId;
import static org.esafety.support.Views.codes;
import static org.esafety.support.Views.codesWithStatus;
import static org.esafety.support.Views.findLive;
import static org.esafety.support.Views.instructions;
import static org.esafety.support.Views.live;
import static org.esafety.support.Views.liveId;
import static org.esafety.support.Views.withStatus;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.esafety.support.Cases;
import org.esafety.support.DefaultCredentials;
import org.esafety.support.MutableClock;

/**
 * POST /api/incidents/{id}/reassessment and GET /api/incidents/{id}/evaluations (decision-table §4):
 * how new facts apply, what happens to each action, and the record of every evaluation.
 * Reported on Friday 20 November 2026; reassessed on Monday 23 November.
 */
@QuarkusTest
class ReassessmentTest {

    private final MutableClock clock = MutableClock.at("2026-11-20T10:45:00Z");

    @BeforeEach
    void installClock() {
        QuarkusMock.installMockForType(clock, Clock.class);
    }

    @Test
    void shouldMergeCircumstancesKeyByKeyWithNullMakingAFlagUnknown() {
        String id = report(Cases.cyberbullying()).getString("id");

        clock.set("2026-11-23T09:00:00Z");
        JsonPath after = reassess(id, json("circumstances", json("deliberate", null, "threatsOrHarassment", true)));

        Map<String, Object> expected = flags(after);
        expected.put("deliberate", null);
        expected.put("repeated", true);
        expected.put("outsideSchool", true);
        expected.put("threatsOrHarassment", true);
        assertEquals(expected, after.getMap("circumstances"));
        assertEquals(21, after.getMap("circumstances").size(), "every flag of decision-table §1 (v6) is shown");
        assertNull(after.get("circumstances.immediateDanger"));
        assertEquals("UNCERTAIN", after.getString("assessment.legality"), "threats make cyberbullying UNCERTAIN");
        assertEquals(expected, evaluations(id).getMap("[1].facts.circumstances"), "the rules saw the merged flags");

        clock.set("2026-11-23T10:00:00Z");
        JsonPath untouched = reassess(id, json("reportedLegality", "UNSURE"));
        assertEquals(expected, untouched.getMap("circumstances"), "no circumstances sent: every flag unchanged");
    }

    @Test
    void shouldMergeCircumstancesIntoAnIncidentReportedWithoutAny() {
        Map<String, Object> body = Cases.cyberbullying();
        body.remove("circumstances");
        String id = report(body).getString("id");

        JsonPath after = reassess(id, json("circumstances", json("threatsOrHarassment", true)));

        Map<String, Object> expected = flags(after);
        expected.put("threatsOrHarassment", true);
        assertEquals(expected, after.getMap("circumstances"));
        assertEquals("UNCERTAIN", after.getString("assessment.legality"));
    }

    @Test
    void shouldReplaceThePartiesList() {
        String id = report(Cases.cyberbullying()).getString("id");

        clock.set("2026-11-23T09:00:00Z");
        Map<String, Object> teacher = party("INSTIGATOR", "STAFF", null, "staff-9");
        teacher.put("staffRole", "CLASS_TEACHER");
        JsonPath after = reassess(id, json("parties", List.of(teacher, party("VICTIM", "CHILD", 12, "pupil-52"))));

        assertEquals(List.of(
                        partyView("INSTIGATOR", "STAFF", "CLASS_TEACHER", null, "staff-9"),
                        partyView("VICTIM", "CHILD", null, 12, "pupil-52")),
                after.getList("parties"));
        assertEquals(List.of("STAFF", "CHILD"), evaluations(id).getList("[1].facts.parties.kind"));
        assertTrue(codes(after).contains("NOTIFY_HEADTEACHER"), "a staff instigator: " + codes(after));
        assertTrue(codesWithStatus(after, "SUPERSEDED").contains("APPLY_ANTI_BULLYING_POLICY"),
                "no pupil instigator any more: " + codesWithStatus(after, "SUPERSEDED"));
        assertEquals(after.getList("parties"), incident(id).getList("parties"));
    }

    @Test
    void shouldReplaceReportedLegalityDslAssessmentAndExternalOutcome() {
        String id = report(Cases.filterCircumvention("claines-primary")).getString("id");

        JsonPath view = step(id, json("reportedLegality", "UNSURE"));
        assertLegality(view, "UNCERTAIN", "UNSURE", null, null);

        view = step(id, json("dslAssessment", "ILLEGAL"));
        assertLegality(view, "ILLEGAL", "UNSURE", "ILLEGAL", null);

        view = step(id, json("reportedLegality", null, "dslAssessment", "INAPPROPRIATE"));
        assertLegality(view, "INAPPROPRIATE", null, "INAPPROPRIATE", null);

        view = step(id, json("externalOutcome", "ILLEGAL_CONFIRMED"));
        assertLegality(view, "ILLEGAL", null, "INAPPROPRIATE", "ILLEGAL_CONFIRMED");

        view = step(id, json("externalOutcome", "AGENCY_ADVISED_INTERNAL_HANDLING"));
        assertLegality(view, "INAPPROPRIATE", null, "INAPPROPRIATE", "AGENCY_ADVISED_INTERNAL_HANDLING");
        assertTrue(codes(view).contains("REVERT_TO_INTERNAL_PROCEDURES"), "codes " + codes(view));
        assertEquals(List.of("INTAKE", "REASSESSMENT", "REASSESSMENT", "REASSESSMENT", "REASSESSMENT", "REASSESSMENT"),
                evaluations(id).getList("trigger"));
    }

    @Test
    void shouldKeepCompletedActionsAndStillRequiredOnesAsTheyWere() {
        JsonPath intake = report(Cases.cyberbullying());
        String id = intake.getString("id");
        String sanction = liveId(intake, "APPLY_ANTI_BULLYING_POLICY");
        clock.set("2026-11-20T11:00:00Z");
        done(sanction, "dsl-5");
        done(liveId(intake, "REPORT_TO_DSL"), "teacher-5");
        JsonPath before = incident(id);

        clock.set("2026-11-23T09:00:00Z");
        JsonPath after = reassess(id, json("circumstances", json("threatsOrHarassment", true)));

        Map<String, Object> completed = byId(after, sanction);
        assertAll("a completed action no longer required stays as it is",
                () -> assertEquals("DONE", completed.get("status")),
                () -> assertEquals("2026-11-20T11:00:00Z", completed.get("completedAt")),
                () -> assertNull(completed.get("supersededBy")));
        for (Map<String, Object> old : actions(before)) {
            Map<String, Object> now = byId(after, (String) old.get("id"));
            assertEquals(List.of(old.get("code"), old.get("status"), old.get("dueAt")),
                    List.of(now.get("code"), now.get("status"), now.get("dueAt")), "kept as it was");
        }
        assertEquals("2026-11-27T17:00:00Z", live(after, "SUPPORT_CHILD_VICTIM").get("dueAt"),
                "still required: keeps its deadline though UNCERTAIN would now make it SAME_DAY");
        assertEquals("2026-11-23T10:00:00Z", live(after, "SECURE_EVIDENCE").get("dueAt"), "new: IMMEDIATE from Monday 09:00");
        assertEquals("2026-11-23T23:59:59Z", live(after, "CONSULT_HELPLINE").get("dueAt"), "new: SAME_DAY on Monday");
        assertEquals(List.of(), withStatus(after, "SUPERSEDED"), "nothing open was dropped");
        assertEquals(List.of(), evaluations(id).getList("[1].actionsSuperseded"));
    }

    @Test
    void shouldAddANewActionWhenOneIsRequiredAgainAfterBeingSuperseded() {
        JsonPath intake = report(Cases.cyberbullying());
        String id = intake.getString("id");
        String first = liveId(intake, "APPLY_ANTI_BULLYING_POLICY");
        assertEquals(List.of(), instructions(intake));

        clock.set("2026-11-23T09:00:00Z");
        JsonPath held = reassess(id, json("circumstances", json("threatsOrHarassment", true)));
        String heldBy = evaluations(id).getString("[1].id");
        assertEquals("SUPERSEDED", byId(held, first).get("status"));
        assertEquals(heldBy, byId(held, first).get("supersededBy"));
        // v6 §3.3 and §3.7: threats make it UNCERTAIN, so the police are asked for advice and the parents are told
        // only as agreed with them.
        assertEquals("OPEN", live(held, "SEEK_POLICE_ADVICE").get("status"));
        assertEquals(List.of("AGREE_PARENT_CONTACT_WITH_AGENCY", "DO_NOT_INVESTIGATE", "HOLD_SANCTIONS"),
                instructions(held));

        clock.set("2026-11-24T14:00:00Z");
        JsonPath released = reassess(id, json("circumstances", json("threatsOrHarassment", null)));
        String releasedBy = evaluations(id).getString("[2].id");

        Map<String, Object> again = live(released, "APPLY_ANTI_BULLYING_POLICY");
        assertNotEquals(first, again.get("id"), "required again: a new action");
        assertEquals("OPEN", again.get("status"));
        assertEquals("2026-12-01T17:00:00Z", again.get("dueAt"), "five working days from Tuesday 24 November");
        assertEquals(List.of("SUPERSEDED", heldBy), List.of(byId(released, first).get("status"),
                byId(released, first).get("supersededBy")), "the old one stays superseded by the earlier evaluation");
        for (String code : List.of("SECURE_EVIDENCE", "CONSULT_HELPLINE", "SEEK_POLICE_ADVICE")) {
            // v6 §4: evidence (band 3), the helpline and the police's advice (band 4) are never cancelled by the rules.
            Map<String, Object> kept = live(released, code);
            assertEquals("OPEN", kept.get("status"), code);
            assertEquals(releasedBy, kept.get("noLongerRequiredSince"), code);
        }
        assertEquals(List.of(), instructions(released), "instructions are the new decision's");
        assertEquals(List.of("APPLY_ANTI_BULLYING_POLICY"), evaluations(id).getList("[2].actionsAdded"));
        assertEquals(List.of(), evaluations(id).getList("[2].actionsSuperseded"));
        assertEquals(List.of("CONSULT_HELPLINE", "SECURE_EVIDENCE", "SEEK_POLICE_ADVICE"),
                evaluations(id).getList("[2].actionsNoLongerRequired"));

        assertEquals(List.of("REPORT_TO_DSL", "SECURE_EVIDENCE", "CONSULT_HELPLINE", "SEEK_POLICE_ADVICE", "INFORM_PARENTS",
                "SUPPORT_CHILD_VICTIM", "APPLY_ANTI_BULLYING_POLICY", "LOG_INCIDENT", "REVIEW_POLICIES_AND_FILTERING",
                "APPLY_ANTI_BULLYING_POLICY"), actions(released).stream().map(a -> a.get("code")).toList(),
                "by order (band, then due, then code; the OPEN actions no longer required keep their place), superseded last");
        List<Object> orders = actions(released).stream().map(a -> a.get("order")).toList();
        List<Object> expectedOrders = new ArrayList<>(IntStream.rangeClosed(1, 9).boxed().map(Object.class::cast).toList());
        expectedOrders.addAll(Collections.nCopies(1, null));
        assertEquals(expectedOrders, orders, "order 1..n over the actions not superseded");
    }

    @Test
    void shouldEndTheHoldWithoutRevertingWhenTheDslJudgesAnUncertainIncidentInappropriate() {
        JsonPath intake = report(Cases.uncertainOther());
        String id = intake.getString("id");
        assertEquals("UNCERTAIN", intake.getString("assessment.legality"));
        assertTrue(instructions(intake).contains("HOLD_SANCTIONS"));
        assertTrue(findLive(intake, "APPLY_BEHAVIOUR_POLICY").isEmpty());

        clock.set("2026-11-23T09:00:00Z");
        JsonPath after = reassess(id, json("dslAssessment", "INAPPROPRIATE"));

        assertEquals("INAPPROPRIATE", after.getString("assessment.legality"));
        assertEquals("INAPPROPRIATE", after.getString("dslAssessment"));
        assertFalse(instructions(after).contains("HOLD_SANCTIONS"), "instructions " + instructions(after));
        assertEquals("2026-11-30T17:00:00Z", live(after, "APPLY_BEHAVIOUR_POLICY").get("dueAt"));
        assertTrue(findLive(after, "REVERT_TO_INTERNAL_PROCEDURES").isEmpty(), "no agency answered: nothing to revert");
        assertEquals(List.of(), codesWithStatus(after, "SUPERSEDED"),
                "v6 §4: open evidence (band 3) and helpline (band 4) actions are never cancelled by the rules");
        String evaluationId = evaluations(id).getString("[1].id");
        for (String code : List.of("CONSULT_HELPLINE", "SECURE_EVIDENCE")) {
            Map<String, Object> kept = live(after, code);
            assertEquals("OPEN", kept.get("status"), code);
            assertEquals(evaluationId, kept.get("noLongerRequiredSince"), code + " marked as no longer required");
        }
        assertEquals("OPEN", after.getString("status"), "closure waits for them");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        unknown field            | {"why": "new facts"}                                                   | why
        unknown flag             | {"circumstances": {"bullied": true}}                                   | circumstances.bullied
        flag as text             | {"circumstances": {"deliberate": "true"}}                              | circumstances.deliberate
        flag as number           | {"circumstances": {"deliberate": 1}}                                   | circumstances.deliberate
        circumstances as list    | {"circumstances": []}                                                  | circumstances
        age as text              | {"parties": [{"role": "INSTIGATOR", "kind": "CHILD", "age": "12"}]}    | parties[0].age
        age as decimal           | {"parties": [{"role": "INSTIGATOR", "kind": "CHILD", "age": 12.5}]}    | parties[0].age
        age out of range         | {"parties": [{"role": "VICTIM", "kind": "CHILD"}, {"role": "INSTIGATOR", "kind": "CHILD", "age": 121}]} | parties[1].age
        unknown role             | {"parties": [{"role": "BYSTANDER", "kind": "CHILD"}]}                  | parties[0].role
        unknown party field      | {"parties": [{"role": "INSTIGATOR", "kind": "CHILD", "name": "Sam"}]}  | parties[0].name
        no parties               | {"parties": []}                                                        | parties
        staff role on a child    | {"parties": [{"role": "INSTIGATOR", "kind": "CHILD", "staffRole": "DSL"}]} | parties[0].staffRole
        unknown assessment       | {"dslAssessment": "UNCERTAIN"}                                         | dslAssessment
        assessment as number     | {"dslAssessment": 7}                                                   | dslAssessment
        unknown outcome          | {"externalOutcome": "CLEARED"}                                         | externalOutcome
        legality as boolean      | {"reportedLegality": true}                                             | reportedLegality
        malformed JSON           | {"dslAssessment": "ILLEGAL"                                            | ``
        not an object            | ["ILLEGAL"]                                                            | ``
        nothing to reassess      | {}                                                                     | ``
        only who reassessed      | {"reassessedBy": "staff-17"}                                           | ``
        """)
    void shouldRefuseAnInvalidReassessmentNamingThePathAndChangeNothing(String what, String body, String field) {
        JsonPath intake = report(Cases.cyberbullying());
        String id = intake.getString("id");
        int audited = audit(id).size();

        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/incidents/" + id + "/reassessment")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:esafety:problem:validation"))
                .body("violations.field", hasItem(field));

        JsonPath after = incident(id);
        assertEquals(intake.getMap("circumstances"), after.getMap("circumstances"));
        assertEquals(intake.getList("parties"), after.getList("parties"));
        assertEquals(intake.getList("actions"), after.getList("actions"));
        assertEquals(1, evaluations(id).getList("").size(), "no evaluation");
        assertEquals(audited, audit(id).size(), "no audit entry");
    }

    @Test
    void shouldListEveryEvaluationOldestFirstWithoutFreeTextReferencesOrUrl() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> body = Cases.cyberbullying();
        body.put("summary", "summary-marker-" + marker);
        body.put("url", "https://url-marker-" + marker + ".example.org/post");
        body.put("reportedBy", json("role", "CLASS_TEACHER", "ref", "reporter-marker-" + marker));
        body.put("parties", Cases.list(party("INSTIGATOR", "CHILD", 12, "instigator-marker-" + marker),
                party("VICTIM", "CHILD", 12, "victim-marker-" + marker)));
        JsonPath intake = report(body);
        String id = intake.getString("id");

        clock.set("2026-11-23T09:00:00Z");
        JsonPath after = reassess(id, json("circumstances", json("threatsOrHarassment", true), "reassessedBy", "dsl-4"));

        String raw = given().when().get("/api/incidents/" + id + "/evaluations").then().statusCode(200)
                .contentType(ContentType.JSON).extract().asString();
        JsonPath evaluations = JsonPath.from(raw);
        String version = given().header("Authorization", DefaultCredentials.as("auditor")).when().get("/api/rules").then().statusCode(200).extract().path("version");
        assertEquals(2, evaluations.getList("").size());
        assertEquals(List.of("INTAKE", "REASSESSMENT"), evaluations.getList("trigger"));
        assertEquals(List.of("2026-11-20T10:45:00Z", "2026-11-23T09:00:00Z"), evaluations.getList("evaluatedAt"));
        assertEquals(List.of("INAPPROPRIATE", "UNCERTAIN"), evaluations.getList("legality"));
        assertEquals(List.of(version, version), evaluations.getList("ruleSetVersion"));
        assertTrue(version.startsWith("sha256:"), version);
        assertTrue(evaluations.getList("[1].firedRules").contains(
                "Cyberbullying or an offensive message with threats or harassment is of uncertain legality"),
                "fired " + evaluations.getList("[1].firedRules"));
        assertEquals(after.getList("assessment.firedRules"), evaluations.getList("[1].firedRules"));
        assertEquals(Set.copyOf(codes(intake)), Set.copyOf(evaluations.getList("[0].actionsAdded")));
        assertEquals(List.of(), evaluations.getList("[0].actionsSuperseded"));
        Set<String> intakeIds = actions(intake).stream().map(a -> (String) a.get("id")).collect(Collectors.toSet());
        assertEquals(actions(after).stream().filter(a -> !intakeIds.contains(a.get("id"))).map(a -> a.get("code"))
                        .collect(Collectors.toSet()), Set.copyOf(evaluations.getList("[1].actionsAdded")));
        assertEquals(List.of("APPLY_ANTI_BULLYING_POLICY"), evaluations.getList("[1].actionsSuperseded"));
        assertEquals(evaluations.getString("[1].id"), withStatus(after, "SUPERSEDED").get(0).get("supersededBy"));
        assertEquals("CYBERBULLYING", evaluations.getString("[0].facts.incident.category"));
        assertEquals(true, evaluations.getBoolean("[0].facts.incident.urlPresent"));
        assertEquals(true, evaluations.getBoolean("[1].facts.circumstances.threatsOrHarassment"));
        for (String leaked : List.of("summary-marker", "url-marker", "reporter-marker", "instigator-marker",
                "victim-marker", marker, (String) body.get("externalRef"))) {
            assertFalse(raw.contains(leaked), "the evaluations show " + leaked);
        }
    }

    @Test
    void shouldKeepEvaluationsInOrderWhenReassessedAtTheSameInstant() {
        for (int i = 0; i < 6; i++) {
            String id = report(Cases.cyberbullying()).getString("id");
            JsonPath after = reassess(id, json("circumstances", json("threatsOrHarassment", true)));

            JsonPath evaluations = evaluations(id);
            assertEquals(List.of("INTAKE", "REASSESSMENT"), evaluations.getList("trigger"), "round " + i);
            assertEquals("UNCERTAIN", after.getString("assessment.legality"), "round " + i);
            assertEquals(List.of("AGREE_PARENT_CONTACT_WITH_AGENCY", "DO_NOT_INVESTIGATE", "HOLD_SANCTIONS"),
                    instructions(incident(id)), "round " + i);
        }
    }

    @Test
    void shouldAnswerNotFoundForAnUnknownIncident() {
        String unknown = UUID.randomUUID().toString();
        reassessment(unknown, json("dslAssessment", "INAPPROPRIATE"))
                .statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("urn:esafety:problem:not-found"));
        given().when().get("/api/incidents/" + unknown + "/evaluations")
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("urn:esafety:problem:not-found"));
    }

    /** Advances the clock an hour and reassesses. */
    private JsonPath step(String id, Map<String, Object> body) {
        clock.advance(Duration.ofHours(1));
        return reassess(id, body);
    }

    private static void assertLegality(JsonPath view, String legality, String reported, String dsl, String outcome) {
        assertEquals(Arrays.asList(legality, reported, dsl, outcome), Arrays.asList(
                view.getString("assessment.legality"), view.getString("reportedLegality"),
                view.getString("dslAssessment"), view.getString("externalOutcome")));
    }

    /** Every flag of the view, as a mutable map, to state the expected ones on. */
    private static Map<String, Object> flags(JsonPath view) {
        Map<String, Object> all = new HashMap<>();
        view.getMap("circumstances").keySet().forEach(k -> all.put((String) k, null));
        return all;
    }

    private static Map<String, Object> partyView(String role, String kind, String staffRole, Integer age, String ref) {
        Map<String, Object> party = new HashMap<>();
        party.put("role", role);
        party.put("kind", kind);
        party.put("staffRole", staffRole);
        party.put("age", age);
        party.put("ref", ref);
        party.put("agencyOrContractor", null);
        return party;
    }
}
