package org.esafety.web;

import static io.restassured.RestAssured.given;
import static org.esafety.support.IncidentRequests.party;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.esafety.support.Cases;
import org.esafety.support.OwnCredentials;
import org.esafety.support.TestCredentials;

/**
 * Issue 20's pages: the case list finds a case by its readable reference, the incident page shows the reference and
 * links each pupil to the chronology with "2nd incident this term", and the chronology page lists the pupil's cases;
 * the chronology is not for a reporter.
 */
@QuarkusTest
@OwnCredentials
class CasesPageTest {

    private static final String SCHOOL = "clifton-high";

    private String dsl;
    private String reporter;
    private String pupil;

    @BeforeEach
    void keys() {
        dsl = TestCredentials.bearer(TestCredentials.apiKey("dsl", List.of(SCHOOL)));
        reporter = TestCredentials.bearer(TestCredentials.apiKey("reporter", List.of(SCHOOL)));
        pupil = "mis-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void shouldFindACaseByReferenceAndFollowThePupilToTheChronology() {
        JsonPath first = report("2026-11-16T09:00:00Z");
        JsonPath second = report("2026-11-18T09:00:00Z");
        String reference = second.getString("reference");

        String list = given().header("Authorization", dsl).queryParam("q", reference).get("/incidents").then()
                .statusCode(200).contentType(ContentType.HTML).extract().asString();
        assertTrue(list.contains("href=\"/incidents/" + second.getString("id") + "\""), list);
        assertFalse(list.contains(first.getString("id")), "only the case asked for");

        String page = given().header("Authorization", dsl).get("/incidents/" + second.getString("id")).then()
                .statusCode(200).extract().asString();
        assertTrue(page.contains(reference), "the reference is on the incident page");
        assertTrue(page.contains("href=\"/pupils/" + pupil + "?school=" + SCHOOL + "\""), "the pupil links to the chronology");
        assertTrue(page.contains("2nd incident this term"), "the pupil keeps coming up");

        String chronology = given().header("Authorization", dsl).queryParam("school", SCHOOL).get("/pupils/" + pupil)
                .then().statusCode(200).extract().asString();
        assertTrue(chronology.indexOf(first.getString("reference")) < chronology.indexOf(reference)
                && chronology.indexOf(first.getString("reference")) > 0, "oldest first");
        given().header("Authorization", reporter).queryParam("school", SCHOOL).get("/pupils/" + pupil).then()
                .statusCode(403);
    }

    @Test
    void shouldShowTheDslItsOverdueActionsInEveryPagesHeader() {
        report("2026-11-16T09:00:00Z");
        int overdue = given().header("Authorization", dsl).queryParam("overdue", "true").queryParam("size", 1)
                .get("/api/actions").then().statusCode(200).extract().path("total");
        assertTrue(overdue > 0, "an incident of 16 November has overdue actions by now");

        String board = given().header("Authorization", dsl).get("/incidents").then().statusCode(200).extract().asString();

        assertTrue(board.contains(">" + overdue + " overdue</span>"), "the header counts what the API counts: " + overdue);
        assertFalse(given().header("Authorization", reporter).get("/incidents").then().statusCode(200).extract()
                .asString().contains(" overdue</span>"), "a reporter's header has no counts");
    }

    private JsonPath report(String reportedAt) {
        Map<String, Object> body = Cases.incident(SCHOOL, "CYBERBULLYING");
        body.put("reportedAt", reportedAt);
        body.put("parties", Cases.list(party("INSTIGATOR", "CHILD", 13, "i-" + pupil), party("VICTIM", "CHILD", 13, pupil)));
        return given().header("Authorization", dsl).contentType(ContentType.JSON).body(body).post("/api/incidents")
                .then().statusCode(201).extract().jsonPath();
    }
}
