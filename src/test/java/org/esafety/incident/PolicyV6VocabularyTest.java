package org.esafety.incident;

import static io.restassured.RestAssured.given;
import static org.esafety.support.IncidentRequests.party;
import static org.esafety.support.Lifecycle.evaluations;
import static org.esafety.support.Lifecycle.incident;
import static org.esafety.support.Lifecycle.json;
import static org.esafety.support.Lifecycle.reassess;
import static org.esafety.support.Lifecycle.reassessment;
import static org.esafety.support.Lifecycle.report;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.esafety.support.Cases;
import org.esafety.support.DefaultCredentials;
import org.esafety.support.Views;

/**
 * The vocabulary decision table v6 added (§1), through the API: the party kind {@code OTHER_ADULT},
 * {@code agencyOrContractor} on STAFF and VISITOR parties, and the circumstances {@code parentContactRisk} and
 * {@code aiGeneratedOrAltered} are accepted at intake, stored, shown, taken by a reassessment and by the dry run;
 * {@code agencyOrContractor} on any other kind of party is refused naming it, storing nothing. What the rules then
 * require is the rule tests' business: only the one end-to-end expectation of §3.5 is checked here.
 */
@QuarkusTest
class PolicyV6VocabularyTest {

    private static final String VALIDATION = "urn:esafety:problem:validation";
    private static final String NOT_STAFF_OR_VISITOR = "agencyOrContractor is only for STAFF and VISITOR parties";

    @Test
    void shouldStoreAndShowAnotherAdultAnAgencyWorkerAndTheNewFlags() {
        Map<String, Object> body = v6Incident();

        JsonPath intake = report(body);

        List<Map<String, Object>> expected = List.of(
                partyView("INSTIGATOR", "STAFF", "IT_SUPPORT", null, "staff-agency-1", true),
                partyView("WITNESS", "VISITOR", null, null, "visitor-2", false),
                partyView("INSTIGATOR", "OTHER_ADULT", null, 19, "former-pupil-3", null),
                partyView("VICTIM", "CHILD", null, 13, "pupil-4", null));
        assertEquals(expected, intake.getList("parties"));
        assertEquals(true, intake.get("circumstances.parentContactRisk"));
        assertEquals(false, intake.get("circumstances.aiGeneratedOrAltered"));
        assertEquals(true, intake.get("circumstances.deliberate"));
        assertEquals(21, intake.getMap("circumstances").size(), "every flag of decision-table §1 (v6) is shown");

        String id = intake.getString("id");
        JsonPath read = incident(id);
        assertEquals(expected, read.getList("parties"));
        assertEquals(intake.getMap("circumstances"), read.getMap("circumstances"));

        JsonPath facts = evaluations(id);
        assertEquals(List.of("STAFF", "VISITOR", "OTHER_ADULT", "CHILD"), facts.getList("[0].facts.parties.kind"));
        assertEquals(Arrays.asList(true, false, null, null), facts.getList("[0].facts.parties.agencyOrContractor"),
                "the rules saw the answers");
        assertEquals(true, facts.get("[0].facts.circumstances.parentContactRisk"));
        assertEquals(false, facts.get("[0].facts.circumstances.aiGeneratedOrAltered"));

        // An auditor sees the answers but no references (least data).
        JsonPath audited = given().header("Authorization", DefaultCredentials.as("auditor"))
                .when().get("/api/incidents/" + id).then().statusCode(200).extract().jsonPath();
        assertEquals(Arrays.asList(true, false, null, null), audited.getList("parties.agencyOrContractor"));
        assertEquals(Arrays.asList(null, null, null, null), audited.getList("parties.ref"));
        assertEquals(List.of("STAFF", "VISITOR", "OTHER_ADULT", "CHILD"), audited.getList("parties.kind"));
    }

    @Test
    void shouldTreatAChangedAgencyAnswerUnderTheSameKeyAsAnotherBody() {
        Map<String, Object> body = v6Incident();
        String id = report(body).getString("id");

        given().contentType(ContentType.JSON).body(body).when().post("/api/incidents")
                .then().statusCode(200).body("id", equalTo(id));
        parties(body).get(0).put("agencyOrContractor", false);
        given().contentType(ContentType.JSON).body(body).when().post("/api/incidents")
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:esafety:problem:conflict"));
        assertEquals(true, incident(id).get("parties[0].agencyOrContractor"), "the stored answer is unchanged");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"CHILD", "PARENT", "HEADTEACHER", "OTHER_ADULT", "UNKNOWN_EXTERNAL"})
    void shouldRefuseTheAgencyAnswerOnAnyOtherKindOfPartyAndStoreNothing(String kind) {
        Map<String, Object> body = v6Incident();
        Map<String, Object> first = parties(body).get(0);
        first.put("kind", kind);
        first.remove("staffRole");
        IntakeTest.Rows before = IntakeTest.Rows.now();

        String problem = given().contentType(ContentType.JSON).body(body).when().post("/api/incidents")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo(VALIDATION))
                .body("status", equalTo(400))
                .body("violations", equalTo(List.of(Map.of("field", "parties[0].agencyOrContractor",
                        "message", NOT_STAFF_OR_VISITOR))))
                .extract().asString();
        IntakeValidationTest.assertNoInternals(problem);
        assertEquals(before, IntakeTest.Rows.now(), "nothing stored");
        given().queryParam("schoolId", "national-default").queryParam("size", 100).when().get("/api/incidents")
                .then().statusCode(200)
                .body("items.findAll { it.externalRef == '" + body.get("externalRef") + "' }.size()", equalTo(0));
    }

    @Test
    void shouldRefuseAnAgencyAnswerThatIsNotABooleanAndAnUnknownCircumstance() {
        Map<String, Object> notBoolean = v6Incident();
        parties(notBoolean).get(1).put("agencyOrContractor", "yes");
        Map<String, Object> unknownFlag = v6Incident();
        circumstances(unknownFlag).put("deepfake", true);
        IntakeTest.Rows before = IntakeTest.Rows.now();

        for (Map.Entry<Map<String, Object>, String> bad : Map.of(notBoolean, "parties[1].agencyOrContractor",
                unknownFlag, "circumstances.deepfake").entrySet()) {
            for (String path : List.of("/api/incidents", "/api/evaluations")) {
                given().contentType(ContentType.JSON).body(bad.getKey()).when().post(path)
                        .then().statusCode(400).contentType("application/problem+json")
                        .body("type", equalTo(VALIDATION))
                        .body("violations.field", equalTo(List.of(bad.getValue())));
            }
        }
        assertEquals(before, IntakeTest.Rows.now(), "nothing stored");
    }

    @Test
    void shouldMergeTheNewFlagsKeyByKeyOnReassessment() {
        String id = report(Cases.cyberbullying()).getString("id");

        JsonPath risk = reassess(id, json("circumstances", json("parentContactRisk", true)));
        Map<String, Object> expected = unknownFlags(risk);
        expected.put("deliberate", true);
        expected.put("repeated", true);
        expected.put("outsideSchool", true);
        expected.put("parentContactRisk", true);
        assertEquals(expected, risk.getMap("circumstances"));

        JsonPath ai = reassess(id, json("circumstances", json("aiGeneratedOrAltered", true, "parentContactRisk", null)));
        expected.put("parentContactRisk", null);
        expected.put("aiGeneratedOrAltered", true);
        assertEquals(expected, ai.getMap("circumstances"));
        assertEquals(expected, incident(id).getMap("circumstances"));
        JsonPath facts = evaluations(id);
        assertEquals(true, facts.get("[1].facts.circumstances.parentContactRisk"));
        assertNull(facts.get("[2].facts.circumstances.parentContactRisk"));
        assertEquals(true, facts.get("[2].facts.circumstances.aiGeneratedOrAltered"));
    }

    @Test
    void shouldReplaceThePartiesWithAnotherAdultAndAnAgencyWorkerOnReassessment() {
        String id = report(Cases.cyberbullying()).getString("id");

        Map<String, Object> supply = party("INSTIGATOR", "STAFF", null, "supply-teacher-8");
        supply.put("staffRole", "CLASS_TEACHER");
        supply.put("agencyOrContractor", true);
        Map<String, Object> contractor = party("WITNESS", "VISITOR", null, "contractor-9");
        contractor.put("agencyOrContractor", false);
        JsonPath after = reassess(id, json("parties", List.of(supply, contractor,
                party("INSTIGATOR", "OTHER_ADULT", null, "coach-10"), party("VICTIM", "CHILD", 12, "pupil-52"))));

        List<Map<String, Object>> expected = List.of(
                partyView("INSTIGATOR", "STAFF", "CLASS_TEACHER", null, "supply-teacher-8", true),
                partyView("WITNESS", "VISITOR", null, null, "contractor-9", false),
                partyView("INSTIGATOR", "OTHER_ADULT", null, null, "coach-10", null),
                partyView("VICTIM", "CHILD", null, 12, "pupil-52", null));
        assertEquals(expected, after.getList("parties"));
        assertEquals(expected, incident(id).getList("parties"));
        assertEquals(Arrays.asList(true, false, null, null), evaluations(id).getList("[1].facts.parties.agencyOrContractor"));

        // Parties sent without the answer replace it: the list is replaced whole, never merged.
        JsonPath replaced = reassess(id, json("parties", List.of(party("INSTIGATOR", "STAFF", null, "supply-teacher-8"),
                party("VICTIM", "CHILD", 12, "pupil-52"))));
        assertEquals(List.of(partyView("INSTIGATOR", "STAFF", null, null, "supply-teacher-8", null),
                partyView("VICTIM", "CHILD", null, 12, "pupil-52", null)), replaced.getList("parties"));
    }

    @Test
    void shouldRefuseAReassessmentGivingTheAgencyAnswerToAChildOrAnUnknownFlagAndChangeNothing() {
        JsonPath intake = report(Cases.cyberbullying());
        String id = intake.getString("id");
        Map<String, Object> child = party("INSTIGATOR", "CHILD", 12, "pupil-51");
        child.put("agencyOrContractor", true);

        reassessment(id, json("parties", List.of(child, party("VICTIM", "CHILD", 12, "pupil-52"))))
                .statusCode(400).contentType("application/problem+json")
                .body("type", equalTo(VALIDATION))
                .body("violations", equalTo(List.of(Map.of("field", "parties[0].agencyOrContractor",
                        "message", NOT_STAFF_OR_VISITOR))));
        reassessment(id, json("circumstances", json("deepfake", true)))
                .statusCode(400).contentType("application/problem+json")
                .body("type", equalTo(VALIDATION))
                .body("violations.field", equalTo(List.of("circumstances.deepfake")));

        JsonPath after = incident(id);
        assertEquals(intake.getList("parties"), after.getList("parties"));
        assertEquals(intake.getMap("circumstances"), after.getMap("circumstances"));
        assertEquals(intake.getList("actions"), after.getList("actions"));
        assertEquals(1, evaluations(id).getList("").size(), "no evaluation");
    }

    @Test
    void shouldTryTheNewVocabularyInADryRunExactlyAsIntakeDecidesAndStoreNothing() {
        Map<String, Object> body = v6Incident();
        IntakeTest.Rows before = IntakeTest.Rows.now();

        JsonPath dryRun = dryRun(body).statusCode(200).contentType(ContentType.JSON).extract().jsonPath();

        assertEquals(before, IntakeTest.Rows.now(), "a dry run stores nothing");
        JsonPath stored = report(body);
        assertEquals(stored.getString("assessment.legality"), dryRun.getString("assessment.legality"));
        assertEquals(stored.getList("assessment.firedRules"), dryRun.getList("assessment.firedRules"));
        assertEquals(Views.codes(stored), dryRun.getList("actions.code"));
        assertEquals(stored.getList("instructions"), dryRun.getList("instructions"));

        Map<String, Object> parent = v6Incident();
        parties(parent).get(3).put("kind", "PARENT");
        parties(parent).get(3).remove("age");
        parties(parent).get(3).put("agencyOrContractor", false);
        dryRun(parent).statusCode(400).contentType("application/problem+json")
                .body("type", equalTo(VALIDATION))
                .body("violations", equalTo(List.of(Map.of("field", "parties[3].agencyOrContractor",
                        "message", NOT_STAFF_OR_VISITOR))));
    }

    /**
     * Decision table v6 §3.5: a STAFF instigator employed by an agency, in a safeguarding category with a child in the
     * case and the harm threshold unknown, is referred to the LADO, and then the agency is told: INFORM_EMPLOYER.
     * Employed by the school, the same case has the LADO referral and no INFORM_EMPLOYER.
     */
    @Test
    void shouldInformTheEmployerOfAnAgencyInstigatorInCyberbullying() {
        Map<String, Object> body = Cases.incident("national-default", "CYBERBULLYING");
        Map<String, Object> supply = party("INSTIGATOR", "STAFF", null, "supply-teacher-1");
        supply.put("agencyOrContractor", true);
        body.put("parties", Cases.list(supply, party("VICTIM", "CHILD", 12, "pupil-2")));

        JsonPath view = report(body);

        List<String> codes = Views.codes(view);
        assertTrue(codes.containsAll(List.of("REFER_TO_LADO", "INFORM_EMPLOYER")), codes.toString());
        assertEquals(1, codes.stream().filter("INFORM_EMPLOYER"::equals).count(), "one action per incident");

        body.put("externalRef", body.get("externalRef") + "-school-employed");
        supply.put("agencyOrContractor", false);
        List<String> schoolEmployed = Views.codes(report(body));
        assertTrue(schoolEmployed.contains("REFER_TO_LADO"), schoolEmployed.toString());
        assertFalse(schoolEmployed.contains("INFORM_EMPLOYER"), "employed by the school: " + schoolEmployed);
    }

    // --- fixtures

    /**
     * National default: cyberbullying by a member of IT support from an agency and a former pupil, a visitor from a
     * contractor saw it; telling the parents is a risk; the images were not made with AI.
     */
    private static Map<String, Object> v6Incident() {
        Map<String, Object> body = Cases.incident("national-default", "CYBERBULLYING");
        Map<String, Object> staff = party("INSTIGATOR", "STAFF", null, "staff-agency-1");
        staff.put("staffRole", "IT_SUPPORT");
        staff.put("agencyOrContractor", true);
        Map<String, Object> visitor = party("WITNESS", "VISITOR", null, "visitor-2");
        visitor.put("agencyOrContractor", false);
        body.put("parties", Cases.list(staff, visitor, party("INSTIGATOR", "OTHER_ADULT", 19, "former-pupil-3"),
                party("VICTIM", "CHILD", 13, "pupil-4")));
        body.put("circumstances", Cases.flags("deliberate", true, "parentContactRisk", true,
                "aiGeneratedOrAltered", false));
        return body;
    }

    private static ValidatableResponse dryRun(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).when().post("/api/evaluations").then();
    }

    private static Map<String, Object> partyView(String role, String kind, String staffRole, Integer age, String ref,
                                                 Boolean agencyOrContractor) {
        Map<String, Object> party = new HashMap<>();
        party.put("role", role);
        party.put("kind", kind);
        party.put("staffRole", staffRole);
        party.put("age", age);
        party.put("ref", ref);
        party.put("agencyOrContractor", agencyOrContractor);
        return party;
    }

    /** Every flag of the view, unknown, to state the expected ones on. */
    private static Map<String, Object> unknownFlags(JsonPath view) {
        Map<String, Object> all = new HashMap<>();
        view.getMap("circumstances").keySet().forEach(k -> all.put((String) k, null));
        return all;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> parties(Map<String, Object> body) {
        return (List<Map<String, Object>>) body.get("parties");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> circumstances(Map<String, Object> body) {
        return (Map<String, Object>) body.get("circumstances");
    }
}
