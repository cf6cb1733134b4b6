package org.esafety.incident;

import static io.restassured.RestAssured.given;
import static org.esafety.support.IncidentRequests.party;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.esafety.support.Cases;
import org.esafety.support.MutableClock;
import org.esafety.support.OwnCredentials;
import org.esafety.support.TestCredentials;

/**
 * Issue 20, "cases, findable" and "a child's chronology", through the API: the incident list's search over the
 * reference and (for those who may read it) the summary, legality, overdue, pupil and sort; and
 * {@code GET /api/pupils/{ref}/chronology}, oldest first, for the DSL only, without the allegations the caller may
 * not open. Each test reports into its own random day and its own pupil references, in 2018 to 2020 (the first
 * years of the bank-holiday calendar): years no other test of claines-primary reports into (IncidentListTest picks
 * its days in 2021 to 2024), so no other test's incident ever falls into a day this one filters on.
 */
@QuarkusTest
@OwnCredentials
class CaseSearchTest {

    private static final Map<String, String> KEYS = new java.util.concurrent.ConcurrentHashMap<>();

    private static final String SCHOOL = "claines-primary";
    private static final Instant FIRST_DAY = Instant.parse("2018-01-01T00:00:00Z")
            .plus(ThreadLocalRandom.current().nextLong(0, 2L * 365 * 24 * 60), ChronoUnit.MINUTES);
    private static final AtomicLong DAYS_TAKEN = new AtomicLong();
    private final MutableClock clock = MutableClock.at("2026-11-20T10:45:00Z");
    private Instant day;
    private String pupil;

    @BeforeEach
    void setUp() {
        QuarkusMock.installMockForType(clock, Clock.class);
        // A random start per run (a kept database holds earlier runs), then two days apart per test: the tests of
        // one run never share a day.
        day = FIRST_DAY.plus(2L * DAYS_TAKEN.getAndIncrement(), ChronoUnit.DAYS);
        pupil = "mis-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void shouldFindACaseByItsReferenceOrItsSummaryButNeverShowAnAuditorWhatASummarySays() {
        String secret = "word" + UUID.randomUUID().toString().substring(0, 6);
        JsonPath found = report(Cases.incident(SCHOOL, "CYBERBULLYING"), 0, "A message about " + secret, pupil);
        report(Cases.incident(SCHOOL, "CYBERBULLYING"), 10, "Something else", pupil);
        String reference = found.getString("reference");

        assertEquals(List.of(found.getString("id")), ids(dsl().queryParam("q", reference.toLowerCase())));
        assertEquals(List.of(found.getString("id")), ids(dsl().queryParam("q", secret.toUpperCase())),
                "the DSL finds it by a word of the summary, whatever the case");
        assertEquals(List.of(), ids(as("auditor").queryParam("q", secret)), "an auditor cannot probe summaries");
        assertEquals(List.of(found.getString("id")), ids(as("auditor").queryParam("q", reference)));
        assertEquals(List.of(), ids(dsl().queryParam("q", "100%_")), "% and _ are characters, not wildcards");
    }

    @Test
    void shouldFilterByLegalityOverdueAndPupilAndSort() {
        JsonPath illegal = report(Cases.incident(SCHOOL, "CHILD_SEXUAL_ABUSE_IMAGERY"), 0, null, pupil);
        JsonPath minor = report(Cases.incident(SCHOOL, "PASSWORD_SHARING"), 30, null, "other-" + pupil);
        String illegalId = illegal.getString("id");
        String minorId = minor.getString("id");

        assertEquals(List.of(illegalId), ids(dsl().queryParam("legality", "ILLEGAL")));
        assertEquals(List.of(minorId), ids(dsl().queryParam("legality", "INAPPROPRIATE")));
        assertEquals(List.of(illegalId), ids(dsl().queryParam("pupil", pupil)), "by the pupil's reference");
        assertEquals(List.of(illegalId, minorId), ids(dsl().queryParam("sort", "OLDEST")));
        assertEquals(List.of(minorId, illegalId), ids(dsl()), "newest first by default");

        clock.set(day.plus(10, ChronoUnit.DAYS).toString()); // every action of both is past its deadline
        assertEquals(List.of(minorId, illegalId), ids(dsl().queryParam("overdue", "true")));
        assertEquals(List.of(), ids(dsl().queryParam("overdue", "false")));
        clock.set(day.minus(1, ChronoUnit.DAYS).toString());
        assertEquals(List.of(), ids(dsl().queryParam("overdue", "true")), "nothing is due yet");
    }

    @Test
    void shouldRefuseBadSearchParametersNamingThem() {
        for (Map.Entry<String, String> bad : Map.of("legality", "illegal", "overdue", "yes", "sort", "newest",
                "q", "x".repeat(101), "pupil", " ").entrySet()) {
            dsl().queryParam(bad.getKey(), bad.getValue()).when().get("/api/incidents").then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("violations.field", org.hamcrest.Matchers.hasItem(bad.getKey()));
        }
    }

    @Test
    void shouldListAPupilsIncidentsOldestFirstWithRolesActionsAndNotesForTheDslOnly() {
        JsonPath first = report(Cases.incident(SCHOOL, "CYBERBULLYING"), 0, null, pupil);
        Map<String, Object> later = Cases.incident(SCHOOL, "OFFENSIVE_MESSAGE");
        later.put("parties", Cases.list(party("INSTIGATOR", "CHILD", 12, pupil), party("VICTIM", "CHILD", 12, "x-" + pupil)));
        JsonPath second = report(later, 60, null, null);
        report(Cases.incident(SCHOOL, "CYBERBULLYING"), 120, null, "someone-else");
        dsl().contentType(ContentType.JSON).body(Map.of("kind", "CALL", "text", "Spoke to the pupil's teacher"))
                .when().post("/api/incidents/" + first.getString("id") + "/notes").then().statusCode(201);

        JsonPath chronology = dsl().queryParam("schoolId", SCHOOL).when().get("/api/pupils/" + pupil + "/chronology")
                .then().statusCode(200).extract().jsonPath();

        assertEquals(pupil, chronology.getString("pupil"));
        assertEquals(List.of(first.getString("id"), second.getString("id")), chronology.getList("incidents.id"));
        assertEquals(List.of(first.getString("reference"), second.getString("reference")),
                chronology.getList("incidents.reference"));
        assertEquals(List.of("VICTIM"), chronology.getList("incidents[0].roles"));
        assertEquals(List.of("INSTIGATOR"), chronology.getList("incidents[1].roles"));
        assertEquals("OFFENSIVE_MESSAGE", chronology.getString("incidents[1].category"));
        assertTrue(chronology.getList("incidents[0].actions.code").contains("REPORT_TO_DSL"));
        assertEquals(List.of("Spoke to the pupil's teacher"), chronology.getList("incidents[0].notes.text"));

        as("reporter").queryParam("schoolId", SCHOOL).when().get("/api/pupils/" + pupil + "/chronology")
                .then().statusCode(403);
        dsl().when().get("/api/pupils/" + pupil + "/chronology").then().statusCode(400)
                .body("violations[0].field", org.hamcrest.Matchers.equalTo("schoolId"));
        assertEquals(List.of(), as("dsl", "thingwall-primary").queryParam("schoolId", SCHOOL).when()
                .get("/api/pupils/" + pupil + "/chronology").then().statusCode(200).extract().jsonPath()
                .getList("incidents"), "another school's DSL sees nothing");
    }

    @Test
    void shouldLeaveOutOfAChronologyAnAllegationAboutTheCallersOwnPosition() {
        Map<String, Object> aboutDsl = Cases.incident(SCHOOL, "INAPPROPRIATE_COMMUNICATION");
        Map<String, Object> subject = party("INSTIGATOR", "STAFF", null, "staff-" + pupil);
        subject.put("staffRole", "DSL");
        aboutDsl.put("parties", Cases.list(subject, party("VICTIM", "CHILD", 13, pupil)));
        String id = report(aboutDsl, 0, null, null).getString("id");
        String deputy = user("dsl", "DEPUTY_DSL");
        String theDsl = user("dsl", "DSL");

        assertEquals(List.of(id), chronology(deputy), "the deputy DSL may open it");
        assertEquals(List.of(), chronology(theDsl), "the DSL it is about never sees it, here as anywhere");
    }

    private List<Object> chronology(String user) {
        return given().auth().preemptive().basic(user, "a-long-enough-password-" + user).queryParam("schoolId", SCHOOL)
                .when().get("/api/pupils/" + pupil + "/chronology").then().statusCode(200).extract().jsonPath()
                .getList("incidents.id");
    }

    private JsonPath report(Map<String, Object> body, int minutes, String summary, String victimRef) {
        body.put("reportedAt", day.plus(minutes, ChronoUnit.MINUTES).toString());
        if (summary != null) {
            body.put("summary", summary);
        }
        if (victimRef != null) {
            body.put("parties", Cases.list(party("INSTIGATOR", "CHILD", 12, "i-" + victimRef),
                    party("VICTIM", "CHILD", 12, victimRef)));
        }
        return dsl().contentType(ContentType.JSON).body(body).when().post("/api/incidents").then().statusCode(201)
                .extract().jsonPath();
    }

    private List<Object> ids(RequestSpecification request) {
        return request.queryParam("schoolId", SCHOOL).queryParam("from", day.toString())
                .queryParam("to", day.plus(1, ChronoUnit.DAYS).toString()).queryParam("size", 100)
                .when().get("/api/incidents").then().statusCode(200).extract().jsonPath().getList("items.id");
    }

    private static RequestSpecification dsl() {
        return as("dsl");
    }

    private static RequestSpecification as(String role) {
        return as(role, SCHOOL);
    }

    private static RequestSpecification as(String role, String school) {
        String key = KEYS.computeIfAbsent(role + "@" + school, k -> TestCredentials.apiKey(role, List.of(school)));
        return given().header("Authorization", TestCredentials.bearer(key));
    }

    private static String user(String role, String position) {
        String name = role + "-" + UUID.randomUUID().toString().substring(0, 8);
        given().auth().preemptive().basic(TestCredentials.ADMIN, TestCredentials.ADMIN_PASSWORD)
                .contentType(ContentType.JSON).body(Map.of("username", name, "password", "a-long-enough-password-" + name,
                        "role", role, "schoolIds", List.of(SCHOOL), "position", position))
                .when().post("/api/admin/users").then().statusCode(201);
        return name;
    }
}
