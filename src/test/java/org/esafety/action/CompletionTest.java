package org.esafety.action;

import static io.restassured.RestAssured.given;
import static org.esafety.support.Lifecycle.audit;
import static org.esafety.support.Lifecycle.completion;
import static org.esafety.support.Lifecycle.done;
import static org.esafety.support.Lifecycle.incident;
import static org.esafety.support.Lifecycle.json;
import static org.esafety.support.Lifecycle.reassess;
import static org.esafety.support.Lifecycle.report;
import static org.esafety.support.Views.byId;
import static org.esafety.support.Views.liveId;
import static org.esafety.support.Views.withStatus;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.esafety.support.Cases;
import org.esafety.support.MutableClock;

/** POST /api/actions/{id}/completion (api.md "Changing"): DONE, NOT_REQUIRED with its rationale, and refusals. */
@QuarkusTest
class CompletionTest {

    private final MutableClock clock = MutableClock.at("2026-11-20T10:45:00Z");

    @BeforeEach
    void installClock() {
        QuarkusMock.installMockForType(clock, Clock.class);
    }

    @Test
    void shouldRecordDoneByDefaultWhenOutcomeIsOmitted() {
        JsonPath intake = report(Cases.filterCircumvention("claines-primary"));
        String actionId = liveId(intake, "FIX_FILTER_BYPASS");
        clock.set("2026-11-20T11:10:00.123456Z");

        completion(actionId, json("completedBy", "it-3", "note", "Proxy app removed", "externalReference", "HD-991"))
                .statusCode(200)
                .body("id", equalTo(actionId))
                .body("incidentId", equalTo(intake.getString("id")))
                .body("schoolId", equalTo("claines-primary"))
                .body("status", equalTo("DONE"))
                .body("outcome", equalTo("DONE"))
                .body("completedAt", equalTo("2026-11-20T11:10:00.123456Z"))
                .body("completedBy", equalTo("it-3"))
                .body("completedByPrincipal", startsWith("key:"))
                .body("completedByName", notNullValue())
                .body("onBehalfOf", equalTo("it-3"))
                .body("note", equalTo("Proxy app removed"))
                .body("externalReference", equalTo("HD-991"))
                .body("rationale", nullValue())
                .body("overdue", equalTo(false));

        Map<String, Object> stored = byId(incident(intake.getString("id")), actionId);
        assertAll("the incident view shows the completion",
                () -> assertEquals("DONE", stored.get("status")),
                () -> assertEquals("2026-11-20T11:10:00.123456Z", stored.get("completedAt")),
                () -> assertEquals("it-3", stored.get("onBehalfOf")),
                () -> assertEquals("it-3", stored.get("completedBy"), "api.md: the name given is echoed"),
                () -> assertTrue(((String) stored.get("completedByPrincipal")).startsWith("key:"), "the principal acted"),
                () -> assertEquals("Proxy app removed", stored.get("note")),
                () -> assertEquals("HD-991", stored.get("externalReference")));
    }

    @Test
    void shouldStoreAndShowRationaleWhenActionIsNotRequired() {
        JsonPath intake = report(Cases.filterCircumvention("claines-primary"));
        String actionId = liveId(intake, "INFORM_PARENTS");
        String rationale = "Parents were in the meeting where it was found — already informed.";

        completion(actionId, json("outcome", "NOT_REQUIRED", "rationale", rationale, "completedBy", "dsl-2"))
                .statusCode(200)
                .body("status", equalTo("NOT_REQUIRED"))
                .body("outcome", equalTo("NOT_REQUIRED"))
                .body("rationale", equalTo(rationale))
                .body("onBehalfOf", equalTo("dsl-2"))
                .body("completedAt", equalTo("2026-11-20T10:45:00Z"));

        Map<String, Object> stored = byId(incident(intake.getString("id")), actionId);
        assertEquals("NOT_REQUIRED", stored.get("status"));
        assertEquals(rationale, stored.get("rationale"));
    }

    @ParameterizedTest(name = "rationale {0}")
    @ValueSource(strings = {"absent", "", "   ", ".", "n/a", "no reason", "Duplicate"})
    void shouldRefuseNotRequiredWithoutRationaleAndChangeNothing(String rationale) {
        JsonPath intake = report(Cases.filterCircumvention("claines-primary"));
        String id = intake.getString("id");
        String actionId = liveId(intake, "INFORM_PARENTS");
        Map<String, Object> body = json("outcome", "NOT_REQUIRED", "completedBy", "dsl-2");
        if (!rationale.equals("absent")) {
            body.put("rationale", rationale);
        }
        int auditBefore = audit(id).size();

        validationError(completion(actionId, body), "rationale");

        Map<String, Object> stored = byId(incident(id), actionId);
        assertAll("nothing changed",
                () -> assertEquals("OPEN", stored.get("status")),
                () -> assertNull(stored.get("completedAt")),
                () -> assertNull(stored.get("completedBy")),
                () -> assertNull(stored.get("outcome")),
                () -> assertEquals(auditBefore, audit(id).size(), "no audit entry"));
    }

    @ParameterizedTest(name = "outcome {0}")
    @ValueSource(strings = {"\"MAYBE\"", "\"done\"", "\"SUPERSEDED\"", "7", "true"})
    void shouldRefuseUnknownOutcomeNamingIt(String outcome) {
        JsonPath intake = report(Cases.filterCircumvention("claines-primary"));
        String actionId = liveId(intake, "LOG_INCIDENT");

        validationError(rawCompletion(actionId, "{\"outcome\": " + outcome + ", \"completedBy\": \"dsl-2\"}"), "outcome");

        assertEquals("OPEN", byId(incident(intake.getString("id")), actionId).get("status"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        unknown field  | {"completedBy": "dsl-2", "signedOffBy": "head-1"} | signedOffBy
        number as text | {"completedBy": 17}                              | completedBy
        """)
    void shouldRefuseUnknownFieldsAndWrongTypesNamingThem(String what, String body, String field) {
        JsonPath intake = report(Cases.filterCircumvention("claines-primary"));
        String actionId = liveId(intake, "LOG_INCIDENT");

        validationError(rawCompletion(actionId, body), field);

        assertEquals("OPEN", byId(incident(intake.getString("id")), actionId).get("status"));
    }

    @ParameterizedTest(name = "{0} of {1} characters")
    @CsvSource({"completedBy, 101", "note, 4001", "rationale, 4001", "externalReference, 101"})
    void shouldRefuseOverLongFields(String field, int length) {
        JsonPath intake = report(Cases.filterCircumvention("claines-primary"));
        String actionId = liveId(intake, "LOG_INCIDENT");
        Map<String, Object> body = json("outcome", "NOT_REQUIRED", "rationale", "Logged elsewhere");
        body.put(field, text(length));

        validationError(completion(actionId, body), field);
        assertEquals("OPEN", byId(incident(intake.getString("id")), actionId).get("status"));

        body.put(field, text(length - 1));
        String shownAs = field.equals("completedBy") ? "onBehalfOf" : field;
        completion(actionId, body).statusCode(200).body(shownAs, equalTo(text(length - 1)));
    }

    /** {@code length} characters of four-letter words: a rationale of substance at any length. */
    private static String text(int length) {
        StringBuilder s = new StringBuilder();
        while (s.length() < length) {
            s.append(s.length() % 5 == 4 ? ' ' : 'w');
        }
        return s.toString();
    }

    @Test
    void shouldConflictWhenActionIsNotOpen() {
        JsonPath intake = report(Cases.filterCircumvention("claines-primary"));
        String actionId = liveId(intake, "LOG_INCIDENT");
        done(actionId, "dsl-2");
        clock.set("2026-11-20T12:00:00Z");

        conflict(completion(actionId, json("completedBy", "dsl-9")), "DONE");
        conflict(completion(actionId, json("outcome", "NOT_REQUIRED", "rationale", "Already logged by the office",
                "completedBy", "dsl-9")), "DONE");

        Map<String, Object> stored = byId(incident(intake.getString("id")), actionId);
        assertEquals("dsl-2", stored.get("onBehalfOf"), "the first completion stands");
        assertEquals("2026-11-20T10:45:00Z", stored.get("completedAt"));
    }

    @Test
    void shouldConflictWhenActionIsSuperseded() {
        JsonPath intake = report(Cases.cyberbullying());
        String id = intake.getString("id");
        String sanction = liveId(intake, "APPLY_ANTI_BULLYING_POLICY");
        reassess(id, json("circumstances", json("threatsOrHarassment", true)));
        assertEquals("SUPERSEDED", byId(incident(id), sanction).get("status"));

        conflict(completion(sanction, json("completedBy", "dsl-2")), "SUPERSEDED");
        assertNull(byId(incident(id), sanction).get("completedAt"));
    }

    @Test
    void shouldAnswerNotFoundForUnknownAction() {
        completion(UUID.randomUUID().toString(), json("completedBy", "dsl-2"))
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:esafety:problem:not-found"))
                .body("status", equalTo(404));
    }

    @Test
    void shouldCompleteIncidentWhenLastOpenActionIsCompleted() {
        JsonPath intake = report(Cases.filterCircumvention("claines-primary"));
        String id = intake.getString("id");
        List<Map<String, Object>> open = withStatus(intake, "OPEN");
        assertEquals(6, open.size(), "codes " + open);

        for (Map<String, Object> action : open.subList(0, open.size() - 1)) {
            done((String) action.get("id"), "dsl-2");
            assertEquals("OPEN", incident(id).getString("status"), "still OPEN after " + action.get("code"));
        }
        String last = (String) open.get(open.size() - 1).get("id");
        completion(last, json("outcome", "NOT_REQUIRED", "rationale", "Covered by the annual review",
                "completedBy", "dsl-2")).statusCode(200);

        JsonPath after = incident(id);
        assertEquals("ACTIONS_COMPLETE", after.getString("status"));
        assertEquals(List.of(), withStatus(after, "OPEN"));
    }

    private static ValidatableResponse rawCompletion(String actionId, String rawJson) {
        return given().contentType(ContentType.JSON).body(rawJson)
                .when().post("/api/actions/" + actionId + "/completion").then();
    }

    static void validationError(ValidatableResponse response, String field) {
        response.statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:esafety:problem:validation"))
                .body("status", equalTo(400))
                .body("violations.field", hasItem(field));
    }

    private static void conflict(ValidatableResponse response, String detail) {
        response.statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:esafety:problem:conflict"))
                .body("detail", containsString(detail));
    }
}
