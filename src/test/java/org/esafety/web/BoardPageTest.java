package org.esafety.web;

import static io.restassured.RestAssured.given;
import static org.esafety.support.IncidentRequests.party;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import org.esafety.support.Cases;
import org.esafety.support.OwnCredentials;
import org.esafety.support.TestCredentials;

/**
 * Issue 20, item 4: the board starts with "what I may record", grouped by case (the reference, pupils, category and
 * decision over the case's actions), cases with an emergency first; HEADTEACHER's rows are the DSL's where the
 * headteacher is the DSL; a case about the viewer's position never shows; a page costs a fixed number of statements.
 * Each test uses a school of its own, in a database of the class's own.
 */
@QuarkusTest
@TestProfile(BoardProfile.class)
@OwnCredentials
class BoardPageTest {

    private static final String PASSWORD = "a long board-test password";

    @Inject
    EntityManagerFactory factory;

    @Test
    void shouldGroupTheBoardByCaseWithEmergenciesFirst() {
        String school = "clifton-primary";
        String dsl = user("dsl", school, null);
        Map<String, Object> bullying = Cases.cyberbullying();
        bullying.put("schoolId", school);
        bullying.put("reportedAt", "2026-11-16T09:00:00Z");
        JsonPath older = report(dsl, bullying);
        JsonPath danger = report(dsl, Cases.immediateDanger(school));

        String board = as(dsl).get("/").then().statusCode(200).extract().asString();

        assertTrue(board.contains("<option value=\"MINE\" selected>What I may record</option>"), "the default is said");
        assertTrue(board.contains("What I may record</strong> (where the board starts)"), "and explained");
        int emergency = board.indexOf("id=\"case-" + danger.getString("id") + "\"");
        int bullyingCase = board.indexOf("id=\"case-" + older.getString("id") + "\"");
        assertTrue(emergency > 0 && bullyingCase > emergency, "the emergency's case first, though the other is older");
        String section = section(board, older.getString("id"));
        assertTrue(section.contains(">" + older.getString("reference") + "</a>"), "the case's readable reference");
        assertTrue(older.getString("reference").startsWith("CLP-2026-"), older.getString("reference"));
        assertTrue(section.contains("pupil-51") && section.contains("pupil-52"), "the pupils' references");
        assertTrue(section.contains("Cyberbullying") || section.contains("cyberbullying"), section);
        assertTrue(section.contains("class=\"decision\""), "the decision");
        assertTrue(section.contains("<strong class=\"tag overdue\">Overdue</strong>"), "overdue in words");
        // Grouped: each of the case's actions that are the DSL's, the deputy's or the reporter's, under its case once.
        List<Map<String, Object>> mine = older.<Map<String, Object>>getList("actions").stream()
                .filter(a -> List.of("DSL", "DEPUTY_DSL", "REPORTER").contains(a.get("responsible"))).toList();
        assertFalse(mine.isEmpty());
        mine.forEach(a -> assertTrue(section.contains("id=\"action-" + a.get("id") + "\""), "in its case: " + a));
        assertEquals(1, count(board, "id=\"case-" + older.getString("id") + "\""), "one group per case");
        assertTrue(section(board, danger.getString("id")).contains("<strong class=\"tag emergency\">Emergency</strong>"));

        // An auditor records nothing: its board starts with anyone's actions, and shows no pupil's reference.
        String auditor = user("auditor", school, null);
        String audited = as(auditor).get("/").then().statusCode(200).extract().asString();
        assertFalse(audited.contains("value=\"MINE\""), "no 'what I may record' for an auditor");
        assertTrue(audited.contains("<option value=\"ANY\" selected>Anyone</option>"));
        assertTrue(audited.contains("id=\"case-" + older.getString("id") + "\""));
        assertFalse(audited.contains("pupil-51"), "pupils' references are not an auditor's to read");
    }

    @Test
    void shouldShowTheHeadteachersRowsWhereTheHeadteacherIsTheDsl() {
        String dsl = user("dsl", List.of("offord-primary", "claines-primary"), null);
        JsonPath headIsDsl = report(dsl, staffAbuseImagery("offord-primary"));
        JsonPath headIsNot = report(dsl, staffAbuseImagery("claines-primary"));
        String headsAction = actionOf(headIsDsl, "HEADTEACHER");
        String otherHeadsAction = actionOf(headIsNot, "HEADTEACHER");

        String board = as(dsl).get("/").then().statusCode(200).extract().asString();

        assertTrue(section(board, headIsDsl.getString("id")).contains("id=\"action-" + headsAction + "\""),
                "where the headteacher is the DSL, the headteacher's actions are the DSL's to record");
        assertTrue(section(board, headIsNot.getString("id")).contains("id=\"action-" + actionOf(headIsNot, "DSL") + "\""));
        assertFalse(board.contains("id=\"action-" + otherHeadsAction + "\""), "elsewhere they are the headteacher's");
        String anyone = as(dsl).queryParam("responsible", "ANY").get("/").then().statusCode(200).extract().asString();
        assertTrue(anyone.contains("id=\"action-" + otherHeadsAction + "\""), "'Anyone' shows them");
        String heads = as(dsl).queryParam("responsible", "HEADTEACHER").queryParam("school", "claines-primary")
                .get("/").then().statusCode(200).extract().asString();
        assertTrue(heads.contains("id=\"action-" + otherHeadsAction + "\"")
                && !heads.contains("id=\"action-" + actionOf(headIsNot, "DSL") + "\""), "one role, one school");
    }

    @Test
    void shouldNeverShowACaseAboutTheViewersPosition() {
        String school = "thingwall-primary";
        String head = user("dsl", school, "HEADTEACHER");
        String dsl = user("dsl", school, null);
        Map<String, Object> body = Cases.incident(school, "INAPPROPRIATE_COMMUNICATION");
        body.put("parties", Cases.list(party("INSTIGATOR", "HEADTEACHER", null, "head"), party("VICTIM", "CHILD", 13, "p")));
        String about = report(dsl, body).getString("id");
        String other = report(dsl, Cases.immediateDanger(school)).getString("id");

        assertTrue(as(dsl).get("/").then().statusCode(200).extract().asString().contains("id=\"case-" + about + "\""),
                "the DSL sees the allegation");
        for (Map<String, String> query : List.of(Map.<String, String>of(), Map.of("responsible", "ANY", "status", "ANY"),
                Map.of("responsible", "HEADTEACHER", "status", "ANY"), Map.of("responsible", "DEPUTY_DSL"))) {
            String board = as(head).queryParams(query).get("/").then().statusCode(200).extract().asString();
            assertFalse(board.contains(about), "never on the board of the headteacher it is about: " + query);
        }
        assertTrue(as(head).get("/").then().statusCode(200).extract().asString().contains("id=\"case-" + other + "\""),
                "the headteacher's board shows the school's other cases");
    }

    @Test
    void shouldReadABoardInAFixedNumberOfStatementsWhateverItShows() {
        String school = "clifton-high";
        String dsl = user("dsl", school, null);
        report(dsl, Cases.immediateDanger(school));
        long one = statements(dsl);
        for (int i = 0; i < 6; i++) {
            Map<String, Object> body = i % 2 == 0 ? Cases.cyberbullying() : Cases.filterCircumvention(school);
            body.put("schoolId", school);
            report(dsl, body);
        }
        long seven = statements(dsl);
        assertEquals(one, seven, "a board of seven cases costs what a board of one does");
        assertTrue(one <= 12, "statements per board: " + one);
    }

    // --- helpers

    private long statements(String dsl) {
        Statistics statistics = factory.unwrap(SessionFactory.class).getStatistics();
        as(dsl).get("/").then().statusCode(200);
        statistics.clear();
        as(dsl).queryParam("status", "ANY").get("/").then().statusCode(200);
        return statistics.getPrepareStatementCount();
    }

    private static Map<String, Object> staffAbuseImagery(String school) {
        Map<String, Object> body = new HashMap<>(Cases.abuseImagery("STAFF"));
        body.put("schoolId", school);
        return body;
    }

    private static String actionOf(JsonPath incident, String responsible) {
        return incident.<Map<String, Object>>getList("actions").stream().filter(a -> responsible.equals(a.get("responsible")))
                .map(a -> (String) a.get("id")).findFirst()
                .orElseThrow(() -> new AssertionError("no " + responsible + " action: " + incident.getList("actions.code")));
    }

    /** The board's section of one case. */
    private static String section(String board, String incidentId) {
        Matcher m = Pattern.compile("<section class=\"case[^\"]*\" id=\"case-" + incidentId + "\".*?</section>",
                Pattern.DOTALL).matcher(board);
        assertTrue(m.find(), "a section for case " + incidentId);
        return m.group();
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    private static String user(String role, String school, String position) {
        return user(role, List.of(school), position);
    }

    private static String user(String role, List<String> schools, String position) {
        String name = role + "-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> body = new HashMap<>(Map.of("username", name, "password", PASSWORD, "role", role,
                "schoolIds", schools));
        if (position != null) {
            body.put("position", position);
        }
        given().auth().preemptive().basic(TestCredentials.ADMIN, TestCredentials.ADMIN_PASSWORD)
                .contentType(ContentType.JSON).body(body).post("/api/admin/users").then().statusCode(201);
        return name;
    }

    private static RequestSpecification as(String user) {
        return given().auth().preemptive().basic(user, PASSWORD);
    }

    private static JsonPath report(String user, Map<String, Object> body) {
        return as(user).contentType(ContentType.JSON).body(body).post("/api/incidents").then().statusCode(201)
                .extract().jsonPath();
    }
}
