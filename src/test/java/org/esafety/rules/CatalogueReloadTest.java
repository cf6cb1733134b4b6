package org.esafety.rules;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.esafety.support.DefaultCredentials;
import org.esafety.support.IncidentRequests;
import org.esafety.support.ScratchRules;

/**
 * The action catalogue is policy: it lives in the rules folder, is in the rule-set version, takes effect on a
 * reload, and a reload refuses a catalogue that the rules contradict, naming file and line.
 */
@QuarkusTest
@TestProfile(ScratchRules.class)
class CatalogueReloadTest {

    @AfterEach
    void restoreTheShippedRules() {
        ScratchRules.restore();
        reload().then().statusCode(200);
    }

    @Test
    void shouldVersionAndApplyACatalogueEditOnReload() {
        String before = rulesAsAuditor().getString("version");

        ScratchRules.edit("actions.yaml", "    title: Log the incident\n", "    title: Log the incident in the safeguarding record\n");
        ScratchRules.edit("actions.yaml", "    responsible: DSL\n    deadline: SAME_DAY\n  REPORT_TO_GOVERNING_BODY:",
                "    responsible: DSL\n    deadline: IMMEDIATE\n  REPORT_TO_GOVERNING_BODY:");
        String after = reload().then().statusCode(200).extract().path("version");

        assertNotEquals(before, after, "a catalogue edit alone is a new rule-set version");
        assertEquals(after, rulesAsAuditor().getString("version"));
        JsonPath incident = given().header("Authorization", DefaultCredentials.as("dsl")).contentType(ContentType.JSON)
                .body(IncidentRequests.minimal("claines-primary", "CYBERBULLYING")).when().post("/api/incidents")
                .then().statusCode(201).extract().jsonPath();
        assertEquals(after, incident.getString("assessment.ruleSetVersion"));
        Map<String, Object> log = incident.getList("actions", Map.class).stream()
                .filter(a -> "LOG_INCIDENT".equals(a.get("code"))).findFirst().orElseThrow();
        assertEquals("IMMEDIATE", log.get("deadline"), "the new default deadline decides");
        assertEquals("Log the incident in the safeguarding record", log.get("title"));
    }

    @Test
    void shouldRefuseACatalogueEntryWithoutItsBandNamingFileAndLine() {
        String before = rulesAsAuditor().getString("version");
        ScratchRules.edit("actions.yaml", "  LOG_INCIDENT:\n    band: 8\n", "  LOG_INCIDENT:\n");

        JsonPath problem = reload().then().statusCode(422).contentType("application/problem+json")
                .extract().jsonPath();

        assertEquals("urn:esafety:problem:rules-invalid", problem.getString("type"));
        List<Map<String, String>> violations = problem.getList("violations");
        assertEquals(1, violations.size(), violations.toString());
        assertTrue(violations.get(0).get("field").matches("actions\\.yaml:\\d+"), violations.toString());
        assertTrue(violations.get(0).get("message").contains("LOG_INCIDENT has no band"), violations.toString());
        assertEquals(before, rulesAsAuditor().getString("version"), "the set in force keeps serving");
    }

    @Test
    void shouldRefuseACatalogueWithoutAnActionARuleRequires() {
        ScratchRules.edit("actions.yaml", "  LOG_INCIDENT:\n    band: 8\n    title: Log the incident\n"
                + "    text: Record the incident, the decisions and the actions in the e-safety incident log.\n"
                + "    responsible: DSL\n    deadline: SAME_DAY\n", "");

        List<Map<String, String>> violations = reload().then().statusCode(422).extract().jsonPath()
                .getList("violations");

        assertEquals(1, violations.size(), violations.toString());
        assertTrue(violations.get(0).get("field").matches("reporting\\.drl:\\d+"), violations.toString());
        assertTrue(violations.get(0).get("message").contains("LOG_INCIDENT"), violations.toString());
    }

    private static io.restassured.response.Response reload() {
        return given().header("Authorization", DefaultCredentials.as("admin")).when().post("/api/admin/rules/reload");
    }

    private static JsonPath rulesAsAuditor() {
        return given().header("Authorization", DefaultCredentials.as("auditor")).when().get("/api/rules")
                .then().statusCode(200).extract().jsonPath();
    }
}
