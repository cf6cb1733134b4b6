package org.esafety.school;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.esafety.support.IncidentRequests;

/** {@code GET /api/schools}: the six profiles of decision-table §7, and their contacts on actions. */
@QuarkusTest
class SchoolsEndpointTest {

    private static final Set<String> CONTACTS = Set.of("police", "lado", "childrensSocialCare", "localAuthority",
            "helpline", "filteringProvider");
    private static final Set<String> ROLES = Set.of("REPORTER", "DSL", "DEPUTY_DSL", "HEADTEACHER",
            "CHAIR_OF_GOVERNORS", "IT_SUPPORT", "CLASS_TEACHER", "DATA_PROTECTION_OFFICER", "HOST_STAFF");
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@([A-Za-z0-9.-]+)");
    private static final Pattern HOST = Pattern.compile("https?://([^/:?#\\s\"]+)");

    /**
     * decision-table §7: id, headteacherIsDsl, chairTitle, dslReportDeadline, nudesPolicy, staffAllegations,
     * headteacherConcerns (v6: HARM_THRESHOLD by default, Offord keeps ALWAYS_LADO).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "national-default,  false, Chair of Governors, IMMEDIATE, NATIONAL,      HARM_THRESHOLD, HARM_THRESHOLD",
            "clifton-primary,   false, Chair of the Trust, SAME_DAY,  NATIONAL,      HARM_THRESHOLD, HARM_THRESHOLD",
            "thingwall-primary, true,  Chair of Governors, IMMEDIATE, NATIONAL,      HARM_THRESHOLD, HARM_THRESHOLD",
            "claines-primary,   false, Chair of Governors, IMMEDIATE, NATIONAL,      HARM_THRESHOLD, HARM_THRESHOLD",
            "clifton-high,      false, Chair of Governors, IMMEDIATE, NATIONAL,      HARM_THRESHOLD, HARM_THRESHOLD",
            "offord-primary,    true,  Chair of Governors, IMMEDIATE, ALWAYS_POLICE, ALWAYS_LADO,    ALWAYS_LADO"})
    void shouldServeTheProfileOfTheDecisionTable(String id, boolean headteacherIsDsl, String chairTitle,
                                                 String dslReportDeadline, String nudesPolicy, String staffAllegations,
                                                 String headteacherConcerns) {
        for (JsonPath school : List.of(one(id), listed(id))) {
            assertEquals(id, school.getString("id"));
            assertFalse(school.getString("name").isBlank());
            assertEquals("Europe/London", school.getString("timeZone"));
            assertEquals("17:00", school.getString("schoolDayEnd"));
            assertEquals("PT1H", school.getString("immediateWindow"));
            assertEquals(headteacherIsDsl, school.getBoolean("headteacherIsDsl"));
            assertEquals(chairTitle, school.getString("chairTitle"));
            assertEquals(dslReportDeadline, school.getString("dslReportDeadline"));
            assertEquals(nudesPolicy, school.getString("nudesPolicy"));
            assertEquals(staffAllegations, school.getString("staffAllegations"));
            assertEquals(headteacherConcerns, school.getString("headteacherConcerns"));
            Map<String, Object> contacts = school.getMap("contacts");
            assertEquals(CONTACTS, contacts.keySet());
            contacts.forEach((k, v) -> assertTrue(v instanceof String s && !s.isBlank(), "contacts." + k));
            Map<String, Map<String, Object>> inboxes = school.getMap("roleInboxes");
            assertEquals(ROLES, inboxes.keySet());
            inboxes.forEach((role, inbox) -> {
                assertTrue(inbox.containsKey("email") && inbox.containsKey("webhookUrl"), role);
                assertNotNull(inbox.get("email"), role);
            });
        }
    }

    @Test
    void shouldListExactlyTheSixProfiles() {
        JsonPath list = given().when().get("/api/schools").then().statusCode(200).contentType(ContentType.JSON)
                .extract().jsonPath();

        assertEquals(Set.of("national-default", "clifton-primary", "thingwall-primary", "claines-primary",
                "clifton-high", "offord-primary"), Set.copyOf(list.getList("items.id")));
        assertEquals(6, list.getList("items").size());
        assertEquals(6, list.getInt("total"));
    }

    @Test
    void shouldUseOnlyReservedAddresses() {
        String body = given().when().get("/api/schools").then().statusCode(200).extract().asString();

        List<String> domains = new ArrayList<>();
        for (Pattern pattern : List.of(EMAIL, HOST)) {
            Matcher m = pattern.matcher(body);
            while (m.find()) {
                domains.add(m.group(1).toLowerCase());
            }
        }

        assertTrue(domains.size() >= 6 * ROLES.size(), "addresses found: " + domains.size());
        for (String domain : domains) {
            assertTrue(reserved(domain), "not a reserved domain: " + domain);
        }
    }

    @Test
    void shouldAnswer404ProblemForAnUnknownSchool() {
        given().when().get("/api/schools/hogwarts")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:esafety:problem:not-found"))
                .body("status", equalTo(404));
    }

    @Test
    void shouldGiveAPoliceReferralThePoliceContactOfTheSchool() {
        // Offord refers every nudes case to the police (nudes-policy ALWAYS_POLICE).
        Map<String, Object> body = IncidentRequests.sharingNudes();
        body.put("schoolId", "offord-primary");

        JsonPath view = given().contentType(ContentType.JSON).body(body).when().post("/api/incidents")
                .then().statusCode(201).extract().jsonPath();

        JsonPath offord = one("offord-primary");
        assertEquals(offord.getString("contacts.police"), contact(view, "REFER_TO_POLICE"));
        assertEquals(offord.getString("contacts.childrensSocialCare"), contact(view, "REFER_TO_CHILDRENS_SOCIAL_CARE"));
        assertEquals(offord.getString("contacts.localAuthority"), contact(view, "INFORM_LA"));
        assertEquals(null, contact(view, "REPORT_TO_DSL"));
    }

    @Test
    void shouldGiveALadoReferralTheLadoOfTheSchool() {
        Map<String, Object> body = IncidentRequests.minimal("clifton-high", "INAPPROPRIATE_COMMUNICATION");
        body.put("parties", List.of(IncidentRequests.party("INSTIGATOR", "STAFF", null, "staff-2"),
                IncidentRequests.party("VICTIM", "CHILD", 15, "pupil-8")));

        JsonPath view = given().contentType(ContentType.JSON).body(body).when().post("/api/evaluations")
                .then().statusCode(200).extract().jsonPath();

        assertEquals(one("clifton-high").getString("contacts.lado"), contact(view, "REFER_TO_LADO"));
    }

    // --- helpers

    private static JsonPath one(String id) {
        return given().when().get("/api/schools/" + id).then().statusCode(200).contentType(ContentType.JSON)
                .extract().jsonPath();
    }

    private static JsonPath listed(String id) {
        Map<String, Object> school = given().when().get("/api/schools").then().statusCode(200).extract().jsonPath()
                .<Map<String, Object>>getList("items").stream().filter(s -> id.equals(s.get("id"))).findFirst()
                .orElseThrow(() -> new AssertionError(id + " is not listed"));
        return JsonPath.from(toJson(school));
    }

    private static String toJson(Object value) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String contact(JsonPath view, String code) {
        Map<String, Object> action = view.<Map<String, Object>>getList("actions").stream()
                .filter(a -> code.equals(a.get("code"))).findFirst()
                .orElseThrow(() -> new AssertionError("no " + code + " among " + view.getList("actions.code")));
        assertTrue(action.containsKey("contact"), code + " has no contact field");
        return (String) action.get("contact");
    }

    private static boolean reserved(String domain) {
        for (String tld : List.of("example.org", "example.net", "example.com", "saferinternet.org.uk")) {
            if (domain.equals(tld) || domain.endsWith("." + tld)) {
                return true;
            }
        }
        return false;
    }
}
