package org.esafety.impact;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.esafety.support.DefaultCredentials;
import org.esafety.support.IncidentRequests;
import org.esafety.support.OwnCredentials;

/**
 * The impact report of issue 18 over a candidate folder that drops offensive messages from the anti-bullying rule
 * and shortens the anti-bullying deadline ({@link CandidateRulesProfile}): what changes and what does not, the school
 * and date scope, CSV, cancel, one job at a time, a candidate that does not compile, who may do what, and that
 * nothing stored changes. Each test reports its incidents on a day of its own, so that jobs of other tests never
 * meet them.
 */
@QuarkusTest
@TestProfile(CandidateRulesProfile.class)
@OwnCredentials
class ImpactTest {

    private static final String API = "/api/admin/rules/impact";
    private static final String ANTI_BULLYING_RULE = "A pupil who bullies or harasses online meets the anti-bullying policy";
    private static final List<String> TABLES = List.of("incident", "incident_party", "evaluation", "required_action",
            "incident_instruction", "audit_entry", "audit_chain_head", "notification", "case_note", "action_addendum",
            "incident_receipt");

    @Inject
    AgroalDataSource database;

    @AfterEach
    void candidateAsTheProfileMadeIt() {
        CandidateRulesProfile.reset();
    }

    @Test
    void shouldListTheIncidentThatChangesAndNotTheOneThatDoesNotAndChangeNothingStored() throws SQLException {
        String day = "2026-10-05";
        Map<String, Object> offensive = reported(child("clifton-high", "OFFENSIVE_MESSAGE", day));
        Map<String, Object> bullying = reported(child("clifton-high", "CYBERBULLYING", day));
        Map<String, Object> nudes = reported(nudes("clifton-high", day));
        Map<String, Long> before = rowCounts();

        JsonPath job = finished(start(Map.of("schoolId", "clifton-high", "from", day, "to", day)));

        assertEquals("DONE", job.getString("status"));
        assertEquals(3, job.getInt("total"));
        assertEquals(3, job.getInt("processed"));
        assertEquals(2, job.getInt("changed"), job.prettify());
        assertEquals(0, job.getInt("failed"));
        assertNotEquals(job.getString("inForceVersion"), job.getString("candidateVersion"));
        Map<String, Object> dropped = change(job, offensive.get("id"));
        assertEquals(offensive.get("reference"), dropped.get("reference"));
        assertEquals("clifton-high", dropped.get("schoolId"));
        assertEquals("OFFENSIVE_MESSAGE", dropped.get("category"));
        assertEquals("INAPPROPRIATE", dropped.get("legalityBefore"));
        assertEquals("INAPPROPRIATE", dropped.get("legalityAfter"));
        assertEquals(List.of(), dropped.get("actionsAdded"));
        assertEquals(List.of("APPLY_ANTI_BULLYING_POLICY"), dropped.get("actionsRemoved"));
        assertEquals(List.of(ANTI_BULLYING_RULE), dropped.get("rulesOnlyInForce"));
        Map<String, Object> sooner = change(job, bullying.get("id"));
        assertEquals(List.of(Map.of("code", "APPLY_ANTI_BULLYING_POLICY", "before", "WORKING_DAYS_5",
                "after", "ONE_WORKING_DAY")), sooner.get("deadlineChanged"));
        assertEquals(List.of(), sooner.get("actionsRemoved"));
        assertEquals(List.of(), sooner.get("responsibleChanged"));
        assertFalse(job.getList("changes.incidentId").contains(nudes.get("id")), "sharing nudes decides alike");
        assertEquals(List.of(Map.of("name", "CYBERBULLYING", "processed", 1, "changed", 1),
                Map.of("name", "OFFENSIVE_MESSAGE", "processed", 1, "changed", 1),
                Map.of("name", "SHARING_NUDES", "processed", 1, "changed", 0)), job.getList("byCategory"));
        assertEquals(List.of(Map.of("name", "clifton-high", "processed", 3, "changed", 2)), job.getList("bySchool"));
        assertEquals(List.of(Map.of("id", "CHI-001", "name", ANTI_BULLYING_RULE, "firedInForceOnly", 1,
                "firedInCandidateOnly", 0)), job.getList("byRule"), "only the edited rule fires differently");
        assertEquals(before, rowCounts(), "an impact report writes nothing: no row, no audit entry");
        given().header("Authorization", as("dsl")).get("/api/incidents/" + offensive.get("id")).then().statusCode(200)
                .body("actions.code", org.hamcrest.Matchers.hasItem("APPLY_ANTI_BULLYING_POLICY"));
    }

    @Test
    void shouldReadTheChangesAsCsvAndFilterThem() {
        String day = "2026-10-06";
        Map<String, Object> offensive = reported(child("thingwall-primary", "OFFENSIVE_MESSAGE", day));
        String id = finished(start(Map.of("schoolId", "thingwall-primary", "from", day, "to", day))).getString("id");

        String csv = given().header("Authorization", as("auditor")).accept("text/csv").get(API + "/" + id).then()
                .statusCode(200).contentType(startsWith("text/csv")).extract().asString();
        String[] lines = csv.split("\r\n");
        assertEquals(2, lines.length, csv);
        assertEquals(String.join(",", ImpactCsv.HEADER), lines[0]);
        assertEquals(offensive.get("id") + "," + offensive.get("reference") + ",thingwall-primary,OFFENSIVE_MESSAGE,"
                + "INAPPROPRIATE,INAPPROPRIATE,,APPLY_ANTI_BULLYING_POLICY,,," + ANTI_BULLYING_RULE + ",", lines[1]);
        given().header("Authorization", as("auditor")).get(API + "/" + id + "?format=csv").then().statusCode(200)
                .body(equalTo(csv));
        given().header("Authorization", as("auditor")).get(API + "/" + id + "?category=SHARING_NUDES").then()
                .statusCode(200).body("changed", equalTo(1)).body("changes.size()", equalTo(0));
        given().header("Authorization", as("auditor")).get(API + "/" + id + "?format=xml").then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("format"));
    }

    @Test
    void shouldReDecideOnlyTheSchoolAskedFor() {
        String day = "2026-10-07";
        Map<String, Object> mine = reported(child("offord-primary", "OFFENSIVE_MESSAGE", day));
        Map<String, Object> other = reported(child("claines-primary", "OFFENSIVE_MESSAGE", day));

        JsonPath one = finished(start(Map.of("schoolId", "offord-primary", "from", day, "to", day)));
        assertEquals(1, one.getInt("total"));
        assertEquals(List.of(mine.get("id")), one.getList("changes.incidentId"));
        assertEquals(List.of("offord-primary"), one.getList("bySchool.name"));

        JsonPath both = finished(start(Map.of("from", day, "to", day)));
        assertEquals(2, both.getInt("total"));
        assertEquals(List.of("claines-primary", "offord-primary"), both.getList("bySchool.name"));
        assertTrue(both.getList("changes.incidentId").contains(other.get("id")));

        given().header("Authorization", as("admin")).contentType(ContentType.JSON)
                .body(Map.of("schoolId", "no-such-school", "from", "yesterday")).post(API).then().statusCode(400)
                .contentType("application/problem+json").body("violations.field", equalTo(List.of("schoolId", "from")));
    }

    @Test
    void shouldCancelARunningJobAndRunOneJobAtATime() {
        String day = "2026-10-08";
        for (int i = 0; i < 6; i++) {
            reported(child("clifton-primary", "OFFENSIVE_MESSAGE", day));
        }
        String id = start(Map.of("schoolId", "clifton-primary", "from", day, "to", day));

        given().header("Authorization", as("admin")).contentType(ContentType.JSON).body(Map.of()).post(API).then()
                .statusCode(409).contentType("application/problem+json").body("detail", containsString(id));
        given().header("Authorization", as("admin")).delete(API + "/" + id).then().statusCode(200)
                .body("status", equalTo("CANCELLED"));
        JsonPath job = finished(id);
        assertEquals("CANCELLED", job.getString("status"));
        assertEquals(6, job.getInt("total"));
        assertTrue(job.getInt("processed") < 6, "it stopped before the end: " + job.getInt("processed"));
        given().header("Authorization", as("admin")).delete(API + "/" + id).then().statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void shouldRefuseACandidateThatDoesNotCompileNamingFileAndLine() {
        String broken = "ConcludedLegality(levle == Legality.INAPPROPRIATE)";
        CandidateRulesProfile.edit(CandidateRulesProfile.RULE_FILE, "ConcludedLegality(level == Legality.INAPPROPRIATE)",
                broken);
        int line = CandidateRulesProfile.read(CandidateRulesProfile.RULE_FILE).lines().toList().indexOf("    " + broken) + 1;
        int jobs = given().header("Authorization", as("admin")).get(API).then().statusCode(200).extract()
                .path("size()");

        JsonPath problem = given().header("Authorization", as("admin")).post(API).then().statusCode(422)
                .contentType("application/problem+json").extract().jsonPath();

        assertEquals("urn:esafety:problem:rules-invalid", problem.getString("type"));
        List<String> fields = problem.getList("violations.field");
        assertTrue(fields.contains(CandidateRulesProfile.RULE_FILE + ":" + line), problem.prettify());
        assertFalse(problem.prettify().contains("Exception"), "no class names");
        assertEquals(jobs, (int) given().header("Authorization", as("admin")).get(API).then().extract().path("size()"),
                "no job was started");
    }

    @Test
    void shouldLetOnlyAnAdminStartAndCancelAndAnAuditorRead() {
        String day = "2026-10-09";
        reported(child("clifton-high", "CYBERBULLYING", day));
        for (String role : List.of("reporter", "dsl", "auditor")) {
            given().header("Authorization", as(role)).contentType(ContentType.JSON).body(Map.of()).post(API).then()
                    .statusCode(403).contentType("application/problem+json");
        }
        String id = finished(start(Map.of("schoolId", "clifton-high", "from", day, "to", day))).getString("id");
        for (String role : List.of("reporter", "dsl")) {
            given().header("Authorization", as(role)).get(API + "/" + id).then().statusCode(403);
            given().header("Authorization", as(role)).get("/rules/impact").then().statusCode(403);
        }
        given().header("Authorization", as("auditor")).get(API + "/" + id).then().statusCode(200)
                .body("changed", equalTo(1));
        given().header("Authorization", as("auditor")).delete(API + "/" + id).then().statusCode(403);
        given().redirects().follow(false).get("/rules/impact").then().statusCode(303)
                .header("Location", org.hamcrest.Matchers.endsWith("/login"));
        String bound = org.esafety.support.TestCredentials.bearer(org.esafety.support.TestCredentials.apiKey("auditor",
                List.of("thingwall-primary")));
        given().header("Authorization", bound).get(API + "/" + id).then().statusCode(200).body("changed", equalTo(1))
                .body("changes.size()", equalTo(0)).body("bySchool.size()", equalTo(0));
    }

    @Test
    void shouldShowTheLatestJobOnThePageBesideTheRules() {
        String day = "2026-10-12";
        Map<String, Object> offensive = reported(child("clifton-high", "OFFENSIVE_MESSAGE", day));
        Map<String, Object> bullying = reported(child("clifton-high", "CYBERBULLYING", day));
        String id = finished(start(Map.of("schoolId", "clifton-high", "from", day, "to", day))).getString("id");

        String page = given().header("Authorization", as("auditor")).get("/rules/impact").then().statusCode(200)
                .contentType(ContentType.HTML).extract().asString();
        assertTrue(page.contains(id), "the latest job");
        assertTrue(page.contains("id=\"change-" + offensive.get("id") + "\""));
        assertTrue(page.contains("id=\"change-" + bullying.get("id") + "\""));
        assertTrue(page.contains("/api/admin/rules/impact/" + id + "?schoolId=&amp;category=&amp;format=csv"));
        String filtered = given().header("Authorization", as("admin")).queryParam("job", id)
                .queryParam("category", "CYBERBULLYING").get("/rules/impact").then().statusCode(200).extract().asString();
        assertFalse(filtered.contains("id=\"change-" + offensive.get("id") + "\""));
        assertTrue(filtered.contains("id=\"change-" + bullying.get("id") + "\""));
        assertTrue(filtered.contains("category=CYBERBULLYING&amp;format=csv"));
    }

    private static String as(String role) {
        return DefaultCredentials.as(role);
    }

    /** Reports an incident as the DSL; its id and reference. */
    private static Map<String, Object> reported(Map<String, Object> body) {
        Response created = given().header("Authorization", as("dsl")).contentType(ContentType.JSON).body(body)
                .post("/api/incidents").then().statusCode(201).extract().response();
        return Map.of("id", created.path("id"), "reference", created.path("reference"));
    }

    /** One pupil's message to another, reported at noon on {@code day}. */
    private static Map<String, Object> child(String school, String category, String day) {
        Map<String, Object> body = IncidentRequests.minimal(school, category);
        body.put("reportedAt", day + "T12:00:00Z");
        body.put("parties", new ArrayList<>(List.of(IncidentRequests.party("INSTIGATOR", "CHILD", 13, null),
                IncidentRequests.party("VICTIM", "CHILD", 13, null))));
        return body;
    }

    private static Map<String, Object> nudes(String school, String day) {
        Map<String, Object> body = IncidentRequests.sharingNudes();
        body.put("schoolId", school);
        body.put("reportedAt", day + "T12:00:00Z");
        body.put("occurredAt", day + "T11:00:00Z");
        return body;
    }

    private static String start(Map<String, Object> scope) {
        Response started = given().header("Authorization", as("admin")).contentType(ContentType.JSON).body(scope)
                .post(API).then().statusCode(202).body("status", equalTo("RUNNING")).extract().response();
        String id = started.path("id");
        assertEquals(API + "/" + id, java.net.URI.create(started.header("Location")).getPath());
        return id;
    }

    /** Polls the job until it has ended (a background job has no other signal), for at most 30 seconds. */
    private static JsonPath finished(String id) {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (true) {
            JsonPath job = given().header("Authorization", as("admin")).get(API + "/" + id).then().statusCode(200)
                    .extract().jsonPath();
            if (!"RUNNING".equals(job.getString("status")) || System.nanoTime() > deadline) {
                return job;
            }
            java.util.concurrent.locks.LockSupport.parkNanos(50_000_000L);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> change(JsonPath job, Object incidentId) {
        return job.getList("changes", Map.class).stream().filter(c -> incidentId.equals(c.get("incidentId")))
                .findFirst().orElseThrow(() -> new AssertionError("no change listed for " + incidentId + ": "
                        + job.prettify()));
    }

    private Map<String, Long> rowCounts() throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection c = database.getConnection()) {
            for (String table : TABLES) {
                try (ResultSet r = c.createStatement().executeQuery("select count(*) from " + table)) {
                    r.next();
                    counts.put(table, r.getLong(1));
                }
            }
            try (ResultSet r = c.createStatement().executeQuery("select max(hash) from audit_entry")) {
                r.next();
                counts.put("audit_entry hash", (long) String.valueOf(r.getString(1)).hashCode());
            }
        }
        return counts;
    }
}
