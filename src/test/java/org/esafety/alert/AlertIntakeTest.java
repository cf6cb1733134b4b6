package org.esafety.alert;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.esafety.support.IncidentRequests;
import org.esafety.support.OwnCredentials;
import org.esafety.support.TestCredentials;

/**
 * Monitoring alerts in (issue 19, item 3): each vendor's sample is stored with its fields mapped; a repeated event id
 * returns the stored alert and stores nothing; strict input names the field and stores nothing; only the integration
 * role posts alerts, only for its schools; the personal details are for the DSL's side only.
 */
@QuarkusTest
@OwnCredentials
class AlertIntakeTest {

    static final String A = "clifton-primary";
    static final String B = "offord-primary";

    private String integration;
    private String dsl;

    @BeforeEach
    void keys() {
        integration = TestCredentials.bearer(TestCredentials.apiKey("integration", List.of(A)));
        dsl = TestCredentials.bearer(TestCredentials.apiKey("dsl", List.of(A)));
    }

    @Test
    void shouldStoreAMonitorEventWithItsLevelTypeAndSuggestedCategory() {
        Map<String, Object> sample = AlertSamples.monitor(4, "Bullying");
        var created = post("monitor", sample).statusCode(201)
                .body("vendor", equalTo("MONITOR")).body("vendorEventId", equalTo(sample.get("eventId")))
                .body("level", equalTo(4)).body("vendorLevel", equalTo("4")).body("urgent", equalTo(false))
                .body("eventType", equalTo("Bullying")).body("suggestedCategory", equalTo("CYBERBULLYING"))
                .body("occurredAt", equalTo("2026-11-20T10:15:00Z")).body("status", equalTo("NEW"))
                .body("schoolId", equalTo(A))
                .body("shownAs", equalTo("REDACTED")).body("details", nullValue())
                .extract();
        String id = created.path("id");
        assertEquals(true, created.header("Location").endsWith("/api/alerts/" + id), created.header("Location"));

        given().header("Authorization", dsl).get("/api/alerts/" + id).then().statusCode(200)
                .body("shownAs", equalTo("FULL"))
                .body("details.userName", equalTo("Jo Bloggs"))
                .body("details.userRef", equalTo("jbloggs@pupils.example.org"))
                .body("details.device", equalTo("LAPTOP-22"))
                .body("details.capturedText", equalTo(sample.get("capturedText")))
                .body("details.message", equalTo(sample.get("moderatorMessage")))
                .body("details.link", equalTo("https://monitor.example.org/events/118734"));
    }

    @Test
    void shouldMapSensoSeveritiesAndTheRuleSetsCategory() {
        Map<String, Object> sample = AlertSamples.senso("HIGH");
        String id = post("senso", sample).statusCode(201)
                .body("vendor", equalTo("SENSO")).body("vendorEventId", equalTo(sample.get("violationId")))
                .body("level", equalTo(3)).body("vendorLevel", equalTo("HIGH")).body("urgent", equalTo(false))
                .body("eventType", equalTo("Self Harm")).body("suggestedCategory", equalTo("SELF_HARM_CONTENT"))
                .body("occurredAt", equalTo("2026-11-20T13:02:10Z"))
                .extract().path("id");
        given().header("Authorization", dsl).get("/api/alerts/" + id).then().statusCode(200)
                .body("details.userRef", equalTo("sam.smith")).body("details.userName", nullValue())
                .body("details.device", equalTo("IT-SUITE-07 / chrome.exe"))
                .body("details.ruleSet", equalTo("Safeguarding UK"))
                .body("details.capturedText", equalTo(sample.get("trigger")));

        post("senso", AlertSamples.senso("CRITICAL")).statusCode(201).body("level", equalTo(5))
                .body("urgent", equalTo(true));
    }

    @Test
    void shouldTakeTheGenericShapeWithItsOwnCategoryAndCallNow() {
        Map<String, Object> sample = AlertSamples.generic(2, true);
        String id = post("generic", sample).statusCode(201)
                .body("vendor", equalTo("GENERIC")).body("level", equalTo(2)).body("urgent", equalTo(true))
                .body("suggestedCategory", equalTo("HATE_MATERIAL")).extract().path("id");
        given().header("Authorization", dsl).get("/api/alerts/" + id).then().statusCode(200)
                .body("details.userName", equalTo("Alex Doe")).body("details.userRef", equalTo("UPN-A123"))
                .body("details.message", equalTo(sample.get("message")));

        Map<String, Object> chosen = AlertSamples.generic(3, false);
        chosen.put("category", "SHARING_NUDES");
        post("generic", chosen).statusCode(201).body("suggestedCategory", equalTo("SHARING_NUDES"))
                .body("urgent", equalTo(false));
    }

    @Test
    void shouldAnswerARepeatedEventWithTheStoredAlertAndStoreNothing() {
        Map<String, Object> sample = AlertSamples.monitor(3, "Grooming");
        String first = post("monitor", sample).statusCode(201).extract().path("id");
        Object original = sample.get("moderatorMessage");
        sample.put("moderatorMessage", "sent again, reworded");

        post("monitor", sample).statusCode(200).body("id", equalTo(first)).body("status", equalTo("NEW"));

        assertEquals(1L, stored(sample.get("eventId")), "one alert for one event id");
        given().header("Authorization", dsl).get("/api/alerts/" + first).then().statusCode(200)
                .body("details.message", equalTo(original));
    }

    @Test
    void shouldRefuseBadInputNamingTheFieldAndStoreNothing() {
        Map<String, Object> unknown = AlertSamples.monitor(3, "Bullying");
        unknown.put("colour", "red");
        problem(post("monitor", unknown), "colour");
        assertEquals(0L, stored(unknown.get("eventId")));

        Map<String, Object> level = AlertSamples.monitor(6, "Bullying");
        problem(post("monitor", level), "riskLevel");
        assertEquals(0L, stored(level.get("eventId")));

        Map<String, Object> severity = AlertSamples.senso("critical");
        problem(post("senso", severity), "severity");
        assertEquals(0L, stored(severity.get("violationId")));

        Map<String, Object> padded = AlertSamples.senso("CRITICAL ");
        problem(post("senso", padded), "severity");

        Map<String, Object> missing = AlertSamples.generic(2, false);
        missing.remove("eventType");
        missing.remove("occurredAt");
        post("generic", missing).statusCode(400).body("violations.field", hasItem("eventType"))
                .body("violations.field", hasItem("occurredAt"));
        assertEquals(0L, stored(missing.get("eventId")));

        Map<String, Object> script = AlertSamples.monitor(3, "Bullying");
        script.put("eventUrl", "javascript:alert(1)");
        problem(post("monitor", script), "eventUrl");
        assertEquals(0L, stored(script.get("eventId")));

        Map<String, Object> category = AlertSamples.generic(2, false);
        category.put("category", "BULLYING");
        problem(post("generic", category), "category");
    }

    @Test
    void shouldLetOnlyTheIntegrationRolePostAlertsAndPostNothingElse() {
        for (String role : List.of("reporter", "dsl", "auditor", "admin")) {
            given().header("Authorization", TestCredentials.bearer(TestCredentials.apiKey(role, List.of(A))))
                    .contentType(ContentType.JSON).body(AlertSamples.monitor(2, "Bullying")).post("/api/alerts/monitor")
                    .then().statusCode(403).contentType(startsWith("application/problem+json"));
        }
        given().header("Authorization", integration).get("/api/alerts").then().statusCode(403);
        given().header("Authorization", integration).contentType(ContentType.JSON)
                .body(IncidentRequests.minimal(A, "CYBERBULLYING")).post("/api/incidents").then().statusCode(403);
        given().header("Authorization", integration).get("/api/incidents").then().statusCode(403);
        given().header("Authorization", integration).get("/alerts").then().statusCode(403);
        given().auth().preemptive().basic(TestCredentials.ADMIN, TestCredentials.ADMIN_PASSWORD)
                .contentType(ContentType.JSON).body(Map.of("username", "integration-person", "password",
                        "a-long-password-1", "role", "integration", "schoolIds", List.of(A)))
                .post("/api/admin/users").then().statusCode(400).body("violations.field", hasItem("role"));
    }

    @Test
    void shouldKeepEachSchoolsAlertsToItsOwnKeysAndStaff() {
        Map<String, Object> sample = AlertSamples.monitor(2, "Bullying");
        given().header("Authorization", integration).contentType(ContentType.JSON).body(sample)
                .post("/api/alerts/monitor?schoolId=" + B).then().statusCode(403)
                .contentType(startsWith("application/problem+json"));
        assertEquals(0L, stored(sample.get("eventId")));

        String id = post("monitor", sample).statusCode(201).extract().path("id");
        String dslB = TestCredentials.bearer(TestCredentials.apiKey("dsl", List.of(B)));
        given().header("Authorization", dslB).get("/api/alerts/" + id).then().statusCode(404)
                .contentType(startsWith("application/problem+json"));
        given().header("Authorization", dslB).get("/api/alerts?schoolId=" + A).then().statusCode(403);
        List<String> listed = given().header("Authorization", dslB).queryParam("size", 100).get("/api/alerts").then()
                .statusCode(200).extract().jsonPath().getList("items.schoolId");
        assertEquals(List.of(), listed.stream().filter(A::equals).toList(), "no alert of school A");

        String two = TestCredentials.bearer(TestCredentials.apiKey("integration", List.of(A, B)));
        given().header("Authorization", two).contentType(ContentType.JSON).body(AlertSamples.monitor(2, "Bullying"))
                .post("/api/alerts/monitor").then().statusCode(400).body("violations[0].field", equalTo("schoolId"));
        given().header("Authorization", two).contentType(ContentType.JSON).body(AlertSamples.monitor(2, "Bullying"))
                .post("/api/alerts/monitor?schoolId=" + B).then().statusCode(201).body("schoolId", equalTo(B));
    }

    @Test
    void shouldShowAnAuditorLevelsAndCountsButNoPersonalData() {
        Map<String, Object> sample = AlertSamples.monitor(4, "Vulnerable Person");
        String id = post("monitor", sample).statusCode(201).body("suggestedCategory", equalTo("OTHER"))
                .extract().path("id");
        String auditor = TestCredentials.bearer(TestCredentials.apiKey("auditor", List.of(A)));
        String body = given().header("Authorization", auditor).get("/api/alerts/" + id).then().statusCode(200)
                .body("shownAs", equalTo("REDACTED")).body("details", nullValue()).body("level", equalTo(4))
                .extract().asString();
        for (String secret : List.of("Jo Bloggs", "jbloggs", (String) sample.get("capturedText"),
                (String) sample.get("moderatorMessage"))) {
            assertEquals(-1, body.indexOf(secret), "an auditor never reads " + secret);
        }
        int total = given().header("Authorization", auditor).queryParam("schoolId", A).queryParam("status", "NEW")
                .get("/api/alerts").then().statusCode(200).extract().path("total");
        assertEquals(true, total >= 1, "the auditor counts the tray");
        given().header("Authorization", auditor).queryParam("status", "new").get("/api/alerts").then().statusCode(400)
                .body("violations[0].field", equalTo("status"));
    }

    private ValidatableResponse post(String vendor, Map<String, Object> body) {
        return given().header("Authorization", integration).contentType(ContentType.JSON).body(body)
                .post("/api/alerts/" + vendor).then();
    }

    private static void problem(ValidatableResponse response, String field) {
        response.statusCode(400).contentType(startsWith("application/problem+json"))
                .body("violations.field", hasItem(field));
    }

    private static long stored(Object eventId) {
        return QuarkusTransaction.requiringNew().call(() -> Alert.count("vendorEventId", eventId));
    }
}
