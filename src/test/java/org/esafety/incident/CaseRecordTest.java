package org.esafety.incident;

import static io.restassured.RestAssured.given;
import static org.esafety.support.IncidentRequests.party;
import static org.esafety.support.Lifecycle.json;
import static org.esafety.support.Views.liveId;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

import org.esafety.support.Cases;
import org.esafety.support.MutableClock;
import org.esafety.support.OwnCredentials;
import org.esafety.support.TestCredentials;

/**
 * Issue 16, through the API: a record staff can defend. Attribution from the credentials, what a reporter still sees
 * after reporting, allegations open only to those who may, completion that tells the truth, addenda, case notes, the
 * closure in the record, and nothing a browser may keep.
 */
@QuarkusTest
@OwnCredentials
class CaseRecordTest {

    private static final String SCHOOL = "claines-primary";
    private final MutableClock clock = MutableClock.at("2026-11-20T10:45:00Z");

    @BeforeEach
    void installClock() {
        QuarkusMock.installMockForType(clock, Clock.class);
    }

    @Test
    void shouldShowTheReporterItsReportAndItsActionsButNothingTheDslWritesAfterwards() {
        String reporter = user("reporter", null);
        String dsl = user("dsl", Map.of("position", "DSL", "displayName", "Ms Dsl"));
        String marker = "M" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> body = Cases.cyberbullying();
        JsonPath reported = as(reporter).contentType(ContentType.JSON).body(body).when().post("/api/incidents")
                .then().statusCode(201).extract().jsonPath();
        String id = reported.getString("id");
        assertEquals("REPORTER", reported.getString("shownAs"));
        assertTrue(reported.getList("actions.responsible").stream().allMatch("REPORTER"::equals),
                "the reporter's own actions only: " + reported.getList("actions.code"));

        JsonPath full = as(dsl).when().get("/api/incidents/" + id).then().statusCode(200).extract().jsonPath();
        as(dsl).contentType(ContentType.JSON).body(json("kind", "CALL", "text", "note " + marker))
                .when().post("/api/incidents/" + id + "/notes").then().statusCode(201);
        as(dsl).contentType(ContentType.JSON).body(json("outcome", "NOT_REQUIRED", "rationale", "rationale of " + marker,
                        "externalReference", "REF-" + marker)).when()
                .post("/api/actions/" + liveId(full, "INFORM_PARENTS") + "/completion").then().statusCode(200);
        as(dsl).contentType(ContentType.JSON).body(json("category", "ONLINE_SEXUAL_HARASSMENT", "reason",
                "reason " + marker, "dslAssessment", "INAPPROPRIATE")).when()
                .post("/api/incidents/" + id + "/reassessment").then().statusCode(200);

        String seen = as(reporter).when().get("/api/incidents/" + id).then().statusCode(200).extract().asString();
        assertFalse(seen.contains(marker), "the reporter reads none of the DSL's notes, rationales, references or reasons");
        JsonPath view = JsonPath.from(seen);
        assertEquals("CYBERBULLYING", view.getString("category"), "its own report, as it made it");
        assertNull(view.get("dslAssessment"));
        assertEquals(List.of(), view.getList("notes"));
        assertEquals(reporter, view.getString("submittedBy.principal"));
        as(reporter).when().get("/api/incidents/" + id + "/evaluations").then().statusCode(403);
        as(reporter).when().get("/api/incidents/" + id + "/notes").then().statusCode(403);
        assertTrue(as(dsl).when().get("/api/incidents/" + id).asString().contains("note " + marker), "the DSL reads it");
    }

    @Test
    void shouldTellTheReporterWhenThePersonOnTheDslsSideFirstOpenedItsReport() {
        String reporter = user("reporter", null);
        String dsl = user("dsl", Map.of("position", "DSL", "displayName", "Ms Dsl"));
        String id = as(reporter).contentType(ContentType.JSON).body(Cases.cyberbullying()).when().post("/api/incidents")
                .then().statusCode(201).extract().path("id");
        JsonPath before = as(reporter).when().get("/api/incidents/" + id).then().statusCode(200).extract().jsonPath();
        assertNull(before.get("dsl.readAt"), "nobody on the DSL's side has opened it yet");
        assertTrue(before.getString("reference").startsWith("CLA-"), before.getString("reference"));

        clock.set("2026-11-20T11:02:00Z");
        as(dsl).when().get("/api/incidents/" + id).then().statusCode(200);
        clock.set("2026-11-20T12:30:00Z");
        as(dsl).when().get("/api/incidents/" + id).then().statusCode(200);
        as(reporter).when().get("/api/incidents/" + id).then().statusCode(200);

        assertEquals("2026-11-20T11:02:00Z", as(reporter).when().get("/api/incidents/" + id).then().statusCode(200)
                .extract().path("dsl.readAt"), "the first reading by the DSL's side; the reporter's own do not count");
    }

    @Test
    void shouldOpenAnAllegationOnlyToThoseNotInTheSubjectsPositionAndRecordEveryRead() {
        String headteacher = user("dsl", Map.of("position", "HEADTEACHER", "displayName", "The Head"));
        String dsl = user("dsl", Map.of("position", "DSL", "displayName", "Ms Dsl"));
        Map<String, Object> body = Cases.incident(SCHOOL, "INAPPROPRIATE_COMMUNICATION");
        body.put("parties", Cases.list(party("INSTIGATOR", "HEADTEACHER", null, "head"), party("VICTIM", "CHILD", 13, "p")));
        String id = as(dsl).contentType(ContentType.JSON).body(body).when().post("/api/incidents")
                .then().statusCode(201).extract().path("id");

        as(headteacher).when().get("/api/incidents/" + id).then().statusCode(404);
        as(headteacher).queryParam("schoolId", SCHOOL).queryParam("size", 100).when().get("/api/incidents")
                .then().statusCode(200).body("items.id", not(hasItem(id)));
        as(headteacher).queryParam("schoolId", SCHOOL).queryParam("size", 100).when().get("/api/actions")
                .then().statusCode(200).body("items.incidentId", not(hasItem(id)));
        as(headteacher).contentType(ContentType.JSON).body(json("kind", "CALL", "text", "x"))
                .when().post("/api/incidents/" + id + "/notes").then().statusCode(404);

        String auditor = user("auditor", null);
        int readsBefore = reads(auditor, id);
        JsonPath seen = as(dsl).when().get("/api/incidents/" + id).then().statusCode(200).extract().jsonPath();
        assertTrue(seen.getBoolean("access.allegation"));
        List<String> openTo = seen.getList("access.principals.principal");
        assertTrue(openTo.contains(dsl), "the DSL is on the access list: " + openTo);
        assertFalse(openTo.contains(headteacher), "the subject's position is not: " + openTo);
        assertEquals(readsBefore + 1, reads(auditor, id), "every read of an allegation is in the audit trail");

        // A list page that shows the allegation is a read too (the page's entities are loaded read-only; the
        // audit entry is still written).
        as(dsl).queryParam("schoolId", SCHOOL).queryParam("q", seen.getString("reference")).when().get("/api/incidents")
                .then().statusCode(200).body("items.id", hasItem(id)).body("items[0].access.allegation", is(true));
        assertEquals(readsBefore + 2, reads(auditor, id), "a list page showing the allegation records the read");
    }

    @Test
    void shouldRecordTheCallerAsTheActorWhateverNameTheRequestGives() {
        String dsl = user("dsl", Map.of("displayName", "Ms Dsl"));
        JsonPath intake = as(dsl).contentType(ContentType.JSON).body(Cases.filterCircumvention(SCHOOL))
                .when().post("/api/incidents").then().statusCode(201).extract().jsonPath();
        assertEquals(dsl, intake.getString("submittedBy.principal"));
        assertEquals("Ms Dsl", intake.getString("submittedBy.name"));

        JsonPath done = as(dsl).contentType(ContentType.JSON).body(json("outcome", "NOT_REQUIRED", "completedBy",
                        "Mrs Headteacher", "rationale", "The emergency services were already on site")).when()
                .post("/api/actions/" + liveId(intake, "LOG_INCIDENT") + "/completion").then().statusCode(200)
                .extract().jsonPath();

        assertEquals(dsl, done.getString("completedByPrincipal"), "the stored actor is the principal");
        assertEquals("Mrs Headteacher", done.getString("completedBy"), "api.md's completedBy echoes the name given");
        assertEquals("Ms Dsl", done.getString("completedByName"));
        assertEquals("Mrs Headteacher", done.getString("onBehalfOf"), "a given name is only 'on behalf of'");
    }

    @Test
    void shouldTakeWhenAnActionReallyHappenedWithinTheIncidentAndNeverInTheFuture() {
        String dsl = user("dsl", null);
        Map<String, Object> body = Cases.filterCircumvention(SCHOOL);
        body.put("reportedAt", "2026-11-20T09:57:00Z");
        JsonPath intake = as(dsl).contentType(ContentType.JSON).body(body).when().post("/api/incidents")
                .then().statusCode(201).extract().jsonPath();
        String action = liveId(intake, "FIX_FILTER_BYPASS");

        complete(dsl, action, json("actedAt", "2026-11-21T10:00:00Z")).statusCode(400)
                .body("violations[0].field", equalTo("actedAt"));
        complete(dsl, action, json("actedAt", "2026-11-19T23:00:00Z")).statusCode(400)
                .body("violations[0].field", equalTo("actedAt"));
        complete(dsl, action, json("actedAt", "2026-11-20T09:40:00Z", "externalReference", "HD-7")).statusCode(200)
                .body("actedAt", equalTo("2026-11-20T09:40:00Z")).body("status", equalTo("DONE"));
    }

    @Test
    void shouldCorrectACompletedActionOnlyByAnAttributedAddendum() {
        String dsl = user("dsl", Map.of("displayName", "Ms Dsl"));
        JsonPath intake = as(dsl).contentType(ContentType.JSON).body(Cases.filterCircumvention(SCHOOL))
                .when().post("/api/incidents").then().statusCode(201).extract().jsonPath();
        String action = liveId(intake, "FIX_FILTER_BYPASS");
        as(dsl).contentType(ContentType.JSON).body(json("text", "too early")).when()
                .post("/api/actions/" + action + "/addenda").then().statusCode(409);
        complete(dsl, action, json("externalReference", "HD-71")).statusCode(200);
        complete(dsl, action, json("externalReference", "HD-77")).statusCode(409);

        JsonPath after = as(dsl).contentType(ContentType.JSON)
                .body(json("text", "The ticket was HD-77, not HD-71", "externalReference", "HD-77"))
                .when().post("/api/actions/" + action + "/addenda").then().statusCode(201).extract().jsonPath();

        assertEquals("HD-71", after.getString("externalReference"), "nothing recorded is overwritten");
        assertEquals("The ticket was HD-77, not HD-71", after.getString("addenda[0].text"));
        assertEquals(dsl, after.getString("addenda[0].by.principal"));
        assertEquals("Ms Dsl", after.getString("addenda[0].by.name"));
    }

    @Test
    void shouldLetTheReporterRecordItsOwnActionsButNeverDeclineAnEmergency() {
        String reporter = user("reporter", null);
        String id = as(reporter).contentType(ContentType.JSON).body(Cases.immediateDanger(SCHOOL))
                .when().post("/api/incidents").then().statusCode(201).extract().path("id");
        JsonPath view = as(reporter).when().get("/api/incidents/" + id).then().statusCode(200).extract().jsonPath();

        complete(reporter, liveId(view, "CALL_EMERGENCY_SERVICES"), json("outcome", "NOT_REQUIRED", "rationale",
                "The pupil was safe by the time I looked")).statusCode(403);
        complete(reporter, liveId(view, "CALL_EMERGENCY_SERVICES"), json("actedAt", "2026-11-20T10:31:00Z"))
                .statusCode(200).body("completedBy", equalTo(reporter)).body("completedByPrincipal", equalTo(reporter));
    }

    @Test
    void shouldKeepCaseNotesInOrderAndShowAuditorsOnlyWhatIsMarkedForThem() {
        String dsl = user("dsl", Map.of("displayName", "Ms Dsl"));
        String auditor = user("auditor", null);
        String id = as(dsl).contentType(ContentType.JSON).body(Cases.cyberbullying()).when().post("/api/incidents")
                .then().statusCode(201).extract().path("id");
        note(dsl, id, "CALL", "Called [[Mrs Khan]], the parent: she will keep the phone").statusCode(201);
        clock.set("2026-11-20T11:00:00Z");
        note(dsl, id, "MEETING", "Strategy meeting with Jane Doe").statusCode(201)
                .body("by.principal", equalTo(dsl)).body("by.name", equalTo("Ms Dsl"));
        note(dsl, id, "PHONE", "x").statusCode(400).body("violations[0].field", equalTo("kind"));

        JsonPath staff = as(dsl).when().get("/api/incidents/" + id).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("CALL", "MEETING"), staff.getList("notes.kind"));
        JsonPath audited = as(auditor).when().get("/api/incidents/" + id).then().statusCode(200).extract().jsonPath();
        assertEquals("Called [redacted], the parent: she will keep the phone", audited.getString("notes[0].text"));
        assertEquals(Redaction.WITHHELD, audited.getString("notes[1].text"), "no marker: withheld");
        assertFalse(audited.prettify().contains("Ms Dsl"), "no names for auditors");
    }

    @Test
    void shouldPutTheClosureInTheRecordAndLetNoBrowserKeepACopy() {
        String dsl = user("dsl", Map.of("displayName", "Ms Dsl"));
        JsonPath intake = as(dsl).contentType(ContentType.JSON).body(Cases.filterCircumvention(SCHOOL))
                .when().post("/api/incidents").then().statusCode(201).extract().jsonPath();
        String id = intake.getString("id");
        for (Object action : intake.getList("actions.id")) {
            complete(dsl, (String) action, json("externalReference", "R-1")).statusCode(200);
        }
        clock.set("2026-11-23T09:00:00Z");

        as(dsl).contentType(ContentType.JSON).body(json("note", "All done; parents informed", "closedBy", "Mr Office"))
                .when().post("/api/incidents/" + id + "/closure").then().statusCode(200);

        ValidatableResponse read = as(dsl).when().get("/api/incidents/" + id).then().statusCode(200)
                .header("Cache-Control", "no-store");
        read.body("closure.at", equalTo("2026-11-23T09:00:00Z")).body("closure.by.principal", equalTo(dsl))
                .body("closure.by.name", equalTo("Ms Dsl")).body("closure.by.onBehalfOf", equalTo("Mr Office"))
                .body("closure.note", equalTo("All done; parents informed"));
    }

    // --- helpers

    /** A new user of {@code role} at the school, with its settings; its principal id ("user:…"). */
    private static String user(String role, Map<String, Object> settings) {
        String name = role + "-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> body = new java.util.HashMap<>(json("username", name, "password",
                "a-long-enough-password-" + name, "role", role, "schoolIds", List.of(SCHOOL)));
        if (settings != null) {
            body.putAll(settings);
        }
        given().auth().preemptive().basic(TestCredentials.ADMIN, TestCredentials.ADMIN_PASSWORD)
                .contentType(ContentType.JSON).body(body).when().post("/api/admin/users").then().statusCode(201);
        return "user:" + name;
    }

    private static io.restassured.specification.RequestSpecification as(String principal) {
        String name = principal.substring("user:".length());
        return given().auth().preemptive().basic(name, "a-long-enough-password-" + name);
    }

    private static ValidatableResponse complete(String principal, String action, Map<String, Object> body) {
        return as(principal).contentType(ContentType.JSON).body(body).when()
                .post("/api/actions/" + action + "/completion").then();
    }

    private static ValidatableResponse note(String principal, String id, String kind, String text) {
        return as(principal).contentType(ContentType.JSON).body(json("kind", kind, "text", text)).when()
                .post("/api/incidents/" + id + "/notes").then();
    }

    private static int reads(String auditor, String id) {
        List<Map<String, Object>> entries = as(auditor).when().get("/api/audit?size=100&incidentId=" + id)
                .then().statusCode(200).extract().jsonPath().getList("items");
        return entries == null ? 0 : (int) entries.stream().filter(e -> "INCIDENT_READ".equals(e.get("kind"))).count();
    }
}
