package org.esafety.incident;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.esafety.support.IncidentRequests;

/** {@code POST /api/evaluations}: the decision intake would store, exactly as the view shows it, nothing stored. */
@QuarkusTest
class DryRunTest {

    private static final List<String> ACTION_FIELDS = List.of("code", "title", "responsible", "deadline", "dueAt",
            "order", "rules", "sources", "contact");

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("sharing nudes at Claines", IncidentRequests.sharingNudes()),
                Arguments.of("abuse imagery at Thingwall", IncidentRequests.suspectedIllegalMaterial()),
                Arguments.of("sharing nudes at Offord (always police)", school(IncidentRequests.sharingNudes(), "offord-primary")),
                Arguments.of("a member of staff messaging a pupil", staffMessagingPupil()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void shouldDecideExactlyAsTheStoredIncidentShows(String name, Map<String, Object> body) {
        JsonPath dryRun = dryRun(body).statusCode(200).contentType(ContentType.JSON).extract().jsonPath();
        JsonPath stored = given().contentType(ContentType.JSON).body(body)
                .when().post("/api/incidents")
                .then().statusCode(201).extract().jsonPath();

        assertEquals(stored.getString("assessment.legality"), dryRun.getString("assessment.legality"));
        assertEquals(stored.getString("assessment.ruleSetVersion"), dryRun.getString("assessment.ruleSetVersion"));
        assertEquals(stored.getList("assessment.firedRules"), dryRun.getList("assessment.firedRules"));
        List<Map<String, Object>> tried = dryRun.getList("actions");
        List<Map<String, Object>> kept = stored.getList("actions");
        assertFalse(tried.isEmpty());
        assertEquals(kept.size(), tried.size());
        for (int i = 0; i < tried.size(); i++) {
            for (String field : ACTION_FIELDS) {
                assertTrue(tried.get(i).containsKey(field), "dry-run action lacks " + field);
                assertEquals(kept.get(i).get(field), tried.get(i).get(field), "actions[" + i + "]." + field);
            }
            assertFalse(tried.get(i).containsKey("id"), "a dry-run action has no id");
            assertFalse(tried.get(i).containsKey("status"), "a dry-run action has no status");
        }
        assertEquals(stored.getList("instructions"), dryRun.getList("instructions"));
        assertFalse(dryRun.getMap("").containsKey("id"));
    }

    @Test
    void shouldStoreNothing() {
        Map<String, Object> body = IncidentRequests.suspectedIllegalMaterial();
        IntakeTest.Rows before = IntakeTest.Rows.now();

        dryRun(body).statusCode(200);
        dryRun(body).statusCode(200);

        assertEquals(before, IntakeTest.Rows.now());
        // The same key can still be reported: the dry run reserved nothing.
        given().contentType(ContentType.JSON).body(body).when().post("/api/incidents").then().statusCode(201);
    }

    @Test
    void shouldCountDeadlinesFromReportedAt() {
        Map<String, Object> body = IncidentRequests.minimal("claines-primary", "CYBERBULLYING");
        body.put("reportedAt", "2026-11-20T15:30:00Z");

        JsonPath view = dryRun(body).statusCode(200).extract().jsonPath();

        assertEquals("2026-11-20T16:30:00Z", due(view, "REPORT_TO_DSL"));
        assertEquals("2026-11-20T23:59:59Z", due(view, "LOG_INCIDENT"));
    }

    @Test
    void shouldTryALaterStateWithAnExternalOutcome() {
        Map<String, Object> body = IncidentRequests.suspectedIllegalMaterial();
        body.put("externalOutcome", "NO_ILLEGAL_ACTIVITY");

        JsonPath view = dryRun(body).statusCode(200).extract().jsonPath();

        assertEquals("INAPPROPRIATE", view.getString("assessment.legality"));
        assertTrue(view.getList("actions.code").contains("REVERT_TO_INTERNAL_PROCEDURES"), view.getList("actions.code").toString());
        assertFalse(view.getList("actions.code").contains("REFER_TO_POLICE"), view.getList("actions.code").toString());
    }

    @Test
    void shouldTryALaterStateWithTheDslAssessment() {
        Map<String, Object> body = IncidentRequests.sharingNudes();
        body.put("dslAssessment", "ILLEGAL");

        JsonPath view = dryRun(body).statusCode(200).extract().jsonPath();

        assertEquals("ILLEGAL", view.getString("assessment.legality"));
        assertTrue(view.getList("actions.code").contains("REFER_TO_POLICE"), view.getList("actions.code").toString());
    }

    @Test
    void shouldNotNeedSourceOrExternalRef() {
        Map<String, Object> body = IncidentRequests.sharingNudes();
        body.remove("source");
        body.remove("externalRef");

        dryRun(body).statusCode(200)
                .body("assessment.legality", equalTo("INAPPROPRIATE"))
                .body("actions[0].order", equalTo(1));
    }

    static Stream<Arguments> invalidBodies() {
        return Stream.of(
                Arguments.of("schoolId missing", (Consumer<Map<String, Object>>) b -> b.remove("schoolId"), "schoolId"),
                Arguments.of("unknown school", (Consumer<Map<String, Object>>) b -> b.put("schoolId", "hogwarts"), "schoolId"),
                Arguments.of("category missing", (Consumer<Map<String, Object>>) b -> b.remove("category"), "category"),
                Arguments.of("parties empty", (Consumer<Map<String, Object>>) b -> b.put("parties", List.of()), "parties"),
                Arguments.of("unknown field", (Consumer<Map<String, Object>>) b -> b.put("id", "x"), "id"),
                Arguments.of("unknown enum", (Consumer<Map<String, Object>>) b -> b.put("externalOutcome", "MAYBE"), "externalOutcome"),
                Arguments.of("wrong type", (Consumer<Map<String, Object>>) b -> b.put("dslAssessment", 1), "dslAssessment"),
                Arguments.of("source of 101", (Consumer<Map<String, Object>>) b -> b.put("source", "s".repeat(101)), "source"),
                Arguments.of("ftp url", (Consumer<Map<String, Object>>) b -> b.put("url", "ftp://example.com/x"), "url"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidBodies")
    void shouldRejectInvalidBodiesAsIntakeDoes(String name, Consumer<Map<String, Object>> mutation, String field) {
        Map<String, Object> body = IncidentRequests.sharingNudes();
        mutation.accept(body);

        String problem = dryRun(body).statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:esafety:problem:validation"))
                .body("violations.field", equalTo(List.of(field)))
                .extract().asString();
        IntakeValidationTest.assertNoInternals(problem);
    }

    @Test
    void shouldRejectMalformedJsonAtTheRoot() {
        given().contentType(ContentType.JSON).body("{\"schoolId\":")
                .when().post("/api/evaluations")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", equalTo(List.of("")));
    }

    // --- helpers

    private static ValidatableResponse dryRun(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).when().post("/api/evaluations").then();
    }

    private static String due(JsonPath view, String code) {
        return view.<Map<String, Object>>getList("actions").stream().filter(a -> code.equals(a.get("code")))
                .map(a -> (String) a.get("dueAt")).findFirst().orElseThrow(() -> new AssertionError("no " + code));
    }

    private static Map<String, Object> school(Map<String, Object> body, String schoolId) {
        body.put("schoolId", schoolId);
        return body;
    }

    private static Map<String, Object> staffMessagingPupil() {
        Map<String, Object> body = IncidentRequests.minimal("national-default", "INAPPROPRIATE_COMMUNICATION");
        body.put("parties", List.of(IncidentRequests.party("INSTIGATOR", "STAFF", null, "staff-9"),
                IncidentRequests.party("VICTIM", "CHILD", 14, "pupil-3")));
        return body;
    }
}
