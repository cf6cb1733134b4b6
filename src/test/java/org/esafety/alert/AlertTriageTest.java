package org.esafety.alert;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.esafety.audit.AuditEntry;
import org.esafety.audit.AuditTrail;
import org.esafety.incident.Incident;
import org.esafety.policy.Responsible;
import org.esafety.reminder.Notification;
import org.esafety.reminder.NotificationKind;
import org.esafety.support.IncidentRequests;
import org.esafety.support.OwnCredentials;
import org.esafety.support.TestCredentials;

/**
 * The triage tray (issue 19, item 3): the DSL promotes an alert to an incident decided by the rules on the category
 * the DSL chose, linked both ways; or dismisses it with a reason of substance; both are audited on the alert's chain,
 * attributed to the DSL. The vendor's highest levels are announced to the DSL and the deputy at once.
 */
@QuarkusTest
@OwnCredentials
class AlertTriageTest {

    static final String SCHOOL = "claines-primary";

    private String integration;
    private String dsl;
    private String dslPrincipal;

    @BeforeEach
    void keys() {
        integration = TestCredentials.bearer(TestCredentials.apiKey("integration", List.of(SCHOOL)));
        JsonPath issued = given().auth().preemptive().basic(TestCredentials.ADMIN, TestCredentials.ADMIN_PASSWORD)
                .contentType(ContentType.JSON).body(Map.of("name", "triage dsl", "role", "dsl", "schoolIds", List.of(SCHOOL)))
                .post("/api/admin/api-keys").then().statusCode(201).extract().jsonPath();
        dsl = TestCredentials.bearer(issued.getString("key"));
        dslPrincipal = "key:" + issued.getString("id");
    }

    @Test
    void shouldPromoteAnAlertToAnIncidentDecidedOnTheChosenCategoryAndLinked() {
        String alert = receive("monitor", AlertSamples.monitor(3, "Grooming"));
        given().header("Authorization", dsl).get("/api/alerts/" + alert).then()
                .body("suggestedCategory", equalTo("GROOMING_OR_SEXUAL_EXPLOITATION"));

        JsonPath promoted = given().header("Authorization", dsl).contentType(ContentType.JSON)
                .body(Map.of("category", "INAPPROPRIATE_COMMUNICATION",
                        "parties", List.of(IncidentRequests.party("VICTIM", "CHILD", 13, "pupil-alert-1")),
                        "circumstances", Map.of("threatsOrHarassment", true)))
                .post("/api/alerts/" + alert + "/promote").then().statusCode(200)
                .body("status", equalTo("PROMOTED")).body("incidentId", notNullValue())
                .body("decidedBy", equalTo(dslPrincipal)).body("decidedAt", notNullValue())
                .body("history.kind", equalTo(List.of("ALERT_PROMOTED")))
                .body("history[0].actor", equalTo(dslPrincipal)).extract().jsonPath();

        String incident = promoted.getString("incidentId");
        given().header("Authorization", dsl).get("/api/incidents/" + incident).then().statusCode(200)
                .body("category", equalTo("INAPPROPRIATE_COMMUNICATION"))
                .body("source", equalTo("alert:monitor")).body("externalRef", equalTo(alert))
                .body("schoolId", equalTo(SCHOOL)).body("occurredAt", equalTo("2026-11-20T10:15:00Z"))
                .body("summary", nullValue()).body("assessment.legality", notNullValue())
                .body("assessment.ruleSetVersion", notNullValue()).body("submittedBy.principal", equalTo(dslPrincipal));
        List<AuditEntry> chain = chain(alert);
        assertEquals(List.of("ALERT_PROMOTED"), chain.stream().map(e -> e.kind).toList());
        assertEquals(dslPrincipal, chain.get(0).actor);

        given().header("Authorization", dsl).contentType(ContentType.JSON)
                .body(Map.of("category", "OTHER", "parties", List.of(IncidentRequests.party("VICTIM", "CHILD", 13, null))))
                .post("/api/alerts/" + alert + "/promote").then().statusCode(409)
                .contentType(startsWith("application/problem+json"));
        given().header("Authorization", dsl).contentType(ContentType.JSON)
                .body(Map.of("reason", "Already an incident, see the case")).post("/api/alerts/" + alert + "/dismiss")
                .then().statusCode(409);
        assertEquals(1, chain(alert).size(), "a refused decision is not audited");
    }

    @Test
    void shouldRefuseAPromotionWithoutPartiesAndWriteNothing() {
        String alert = receive("senso", AlertSamples.senso("HIGH"));
        given().header("Authorization", dsl).contentType(ContentType.JSON)
                .body(Map.of("category", "SELF_HARM_CONTENT", "parties", List.of()))
                .post("/api/alerts/" + alert + "/promote").then().statusCode(400)
                .contentType(startsWith("application/problem+json")).body("violations.field", hasItem("parties"));
        given().header("Authorization", dsl).contentType(ContentType.JSON)
                .body(Map.of("category", "SELF_HARM", "parties", List.of()))
                .post("/api/alerts/" + alert + "/promote").then().statusCode(400)
                .body("violations.field", hasItem("category"));

        given().header("Authorization", dsl).get("/api/alerts/" + alert).then().body("status", equalTo("NEW"))
                .body("incidentId", nullValue()).body("history", equalTo(List.of()));
        assertEquals(0L, (long) QuarkusTransaction.requiringNew().call(() -> Incident.count("externalRef", alert)));
    }

    @Test
    void shouldDismissOnlyWithAReasonOfSubstanceAndAuditIt() {
        String alert = receive("generic", AlertSamples.generic(2, false));
        for (String reason : List.of("no", "n/a", "   ")) {
            given().header("Authorization", dsl).contentType(ContentType.JSON).body(Map.of("reason", reason))
                    .post("/api/alerts/" + alert + "/dismiss").then().statusCode(400)
                    .body("violations[0].field", equalTo("reason"));
        }
        given().header("Authorization", dsl).contentType(ContentType.JSON).body("{}")
                .post("/api/alerts/" + alert + "/dismiss").then().statusCode(400)
                .body("violations[0].field", equalTo("reason"));
        assertEquals(0, chain(alert).size(), "nothing audited while refused");

        String reason = "False positive: a history essay on the Blitz";
        given().header("Authorization", dsl).contentType(ContentType.JSON).body(Map.of("reason", reason))
                .post("/api/alerts/" + alert + "/dismiss").then().statusCode(200)
                .body("status", equalTo("DISMISSED")).body("details.dismissReason", equalTo(reason))
                .body("decidedBy", equalTo(dslPrincipal)).body("history.kind", equalTo(List.of("ALERT_DISMISSED")));
        List<AuditEntry> chain = chain(alert);
        assertEquals(List.of("ALERT_DISMISSED"), chain.stream().map(e -> e.kind).toList());
        assertEquals(dslPrincipal, chain.get(0).actor);

        String auditor = TestCredentials.bearer(TestCredentials.apiKey("auditor", List.of(SCHOOL)));
        given().header("Authorization", auditor).get("/api/alerts/" + alert).then().statusCode(200)
                .body("status", equalTo("DISMISSED")).body("details", nullValue())
                .body("history[0].kind", equalTo("ALERT_DISMISSED"));
        given().header("Authorization", auditor).contentType(ContentType.JSON).body(Map.of("reason", reason))
                .post("/api/alerts/" + alert + "/dismiss").then().statusCode(403);
    }

    @Test
    void shouldAnnounceTheVendorsHighestLevelsToTheDslAndTheDeputyOnceAndWithoutText() {
        Map<String, Object> monitor = AlertSamples.monitor(5, "Self-harm");
        String top = receive("monitor", monitor);
        String critical = receive("senso", AlertSamples.senso("CRITICAL"));
        String callNow = receive("generic", AlertSamples.generic(3, true));
        String four = receive("monitor", AlertSamples.monitor(4, "Self-harm"));
        String urgentSenso = receive("senso", AlertSamples.senso("URGENT"));
        given().header("Authorization", integration).contentType(ContentType.JSON).body(monitor)
                .post("/api/alerts/monitor").then().statusCode(200);

        for (String alert : List.of(top, critical, callNow)) {
            List<Notification> told = notices(alert);
            assertEquals(Set.of(Responsible.DSL, Responsible.DEPUTY_DSL),
                    told.stream().map(n -> n.role).collect(Collectors.toSet()), alert);
            assertEquals(2, told.size(), "once each, a repeat of the event tells nobody again: " + told);
            assertTrue(told.stream().allMatch(n -> n.kind == NotificationKind.URGENT_ALERT && n.incidentId == null
                    && n.actionId == null && n.destination.endsWith("@" + SCHOOL + ".example.org")), alert);
        }
        assertEquals(List.of(), notices(four), "level 4 waits in the tray");
        assertEquals(List.of(), notices(urgentSenso), "Senso URGENT is below CRITICAL");
    }

    private String receive(String vendor, Map<String, Object> body) {
        return given().header("Authorization", integration).contentType(ContentType.JSON).body(body)
                .post("/api/alerts/" + vendor).then().statusCode(201).extract().path("id");
    }

    private static List<AuditEntry> chain(String alert) {
        return QuarkusTransaction.requiringNew().call(() -> AuditEntry.<AuditEntry>list("chain = ?1 order by seq",
                AuditTrail.alertChain(UUID.fromString(alert))));
    }

    private static List<Notification> notices(String alert) {
        return QuarkusTransaction.requiringNew().call(() -> Notification.<Notification>list("alertId",
                UUID.fromString(alert)));
    }
}
