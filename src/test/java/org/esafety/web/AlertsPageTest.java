package org.esafety.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.esafety.support.OwnCredentials;
import org.esafety.support.TestCredentials;

/**
 * The DSL's alerts tray ({@code /alerts}, issue 19): each alert with its details and the category it suggests chosen
 * in the promote form; promoting opens the new incident; a dismissal without a reason shows the message beside the
 * field and changes nothing; forms need the CSRF token; the page is the DSL's only.
 */
@QuarkusTest
@OwnCredentials
class AlertsPageTest {

    private static final String SCHOOL = "thingwall-primary";
    private static final String TOKEN = "test-csrf-token-alerts-page-0123";

    private String dsl;
    private String integration;

    @BeforeEach
    void keys() {
        dsl = TestCredentials.bearer(TestCredentials.apiKey("dsl", List.of(SCHOOL)));
        integration = TestCredentials.bearer(TestCredentials.apiKey("integration", List.of(SCHOOL)));
    }

    @Test
    void shouldShowTheAlertWithItsDetailsAndTheSuggestedCategoryChosen() {
        String captured = "captured-" + UUID.randomUUID();
        String id = alert(5, "Grooming", captured);

        String page = tray();

        String card = page.substring(page.indexOf("id=\"alert-" + id + "\""));
        card = card.substring(0, card.indexOf("</article>"));
        assertTrue(card.contains("Urgent"), "level 5 is urgent");
        assertTrue(card.contains("Jo Bloggs") && card.contains(captured), "the DSL reads the alert");
        assertTrue(card.contains("<option value=\"GROOMING_OR_SEXUAL_EXPLOITATION\" selected>"),
                "the suggested category is chosen: " + card);
        assertTrue(card.contains("action=\"/alerts/" + id + "/promote\"") && card.contains("action=\"/alerts/" + id
                + "/dismiss\""), "both forms");
        assertTrue(card.contains("name=\"csrf\""), "the forms carry the token");
        assertTrue(page.contains("href=\"/alerts\""), "the DSL's menu links the tray");
    }

    @Test
    void shouldOpenTheNewIncidentAfterPromotingWithTheCategoryTheDslChose() {
        String id = alert(3, "Bullying", "x");

        Response promoted = form().formParam("category", "ONLINE_SEXUAL_HARASSMENT")
                .formParam("parties[0].role", "VICTIM").formParam("parties[0].kind", "CHILD")
                .formParam("parties[0].age", "12").formParam("parties[0].ref", "pupil-tray-1")
                .formParam("summary", "Seen in the tray; spoke to the pupil.")
                .post("/alerts/" + id + "/promote");

        promoted.then().statusCode(303);
        String incident = given().header("Authorization", dsl).get("/api/alerts/" + id).then()
                .body("status", equalTo("PROMOTED")).extract().path("incidentId");
        assertTrue(promoted.header("Location").endsWith("/incidents/" + incident), promoted.header("Location"));
        given().header("Authorization", dsl).get("/api/incidents/" + incident).then()
                .body("category", equalTo("ONLINE_SEXUAL_HARASSMENT")).body("parties[0].ref", equalTo("pupil-tray-1"))
                .body("summary", equalTo("Seen in the tray; spoke to the pupil."));
        assertFalse(tray().contains("id=\"alert-" + id + "\""), "a promoted alert leaves the tray");
    }

    @Test
    void shouldShowWhyADismissalWasRefusedAndDismissWithAReason() {
        String id = alert(2, "Bullying", "y");

        String refused = form().formParam("reason", "no").post("/alerts/" + id + "/dismiss").then().statusCode(400)
                .contentType(ContentType.HTML).extract().asString();
        assertTrue(refused.contains("id=\"dismiss-" + id + "-errors\""), "the message is beside the dismiss form");
        assertTrue(refused.contains("aria-invalid=\"true\""), "the reason field is marked");
        given().header("Authorization", dsl).get("/api/alerts/" + id).then().body("status", equalTo("NEW"));

        String noParties = form().formParam("category", "CYBERBULLYING").post("/alerts/" + id + "/promote").then()
                .statusCode(400).extract().asString();
        assertTrue(noParties.contains("id=\"promote-" + id + "-errors\""), "the promote form says what is missing");
        assertTrue(noParties.contains("<option value=\"CYBERBULLYING\" selected>"), "what was chosen stays chosen");

        form().formParam("reason", "Pupil was researching bullying for a PSHE lesson").post("/alerts/" + id + "/dismiss")
                .then().statusCode(303);
        given().header("Authorization", dsl).get("/api/alerts/" + id).then().body("status", equalTo("DISMISSED"));
        assertTrue(given().header("Authorization", dsl).queryParam("school", SCHOOL).queryParam("status", "DISMISSED")
                .get("/alerts").then().statusCode(200).extract().asString().contains("PSHE lesson"));
    }

    @Test
    void shouldRefuseAFormWithoutTheTokenAndAnyoneButTheDsl() {
        String id = alert(2, "Bullying", "z");
        given().header("Authorization", dsl).redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("reason", "Pupil was researching bullying for a lesson").post("/alerts/" + id + "/dismiss")
                .then().statusCode(403);
        given().header("Authorization", dsl).get("/api/alerts/" + id).then().body("status", equalTo("NEW"));
        for (String role : List.of("auditor", "reporter", "admin")) {
            given().header("Authorization", TestCredentials.bearer(TestCredentials.apiKey(role, List.of(SCHOOL))))
                    .get("/alerts").then().statusCode(403);
        }
    }

    private String alert(int level, String type, String captured) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("eventId", "MON-" + UUID.randomUUID());
        body.put("riskLevel", level);
        body.put("eventType", type);
        body.put("occurredAt", "2026-11-20T10:15:00Z");
        body.put("displayName", "Jo Bloggs");
        body.put("capturedText", captured);
        return given().header("Authorization", integration).contentType(ContentType.JSON).body(body)
                .post("/api/alerts/monitor").then().statusCode(201).extract().path("id");
    }

    private String tray() {
        return given().header("Authorization", dsl).queryParam("school", SCHOOL).get("/alerts").then().statusCode(200)
                .contentType(ContentType.HTML).extract().asString();
    }

    private RequestSpecification form() {
        return given().header("Authorization", dsl).redirects().follow(false).contentType(ContentType.URLENC)
                .cookie(CsrfToken.COOKIE, TOKEN).formParam("csrf", TOKEN).formParam("school", SCHOOL);
    }
}
