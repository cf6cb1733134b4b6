package org.esafety.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import org.esafety.support.OwnCredentials;
import org.esafety.support.TestCredentials;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The pages over HTTP, without a browser: sign-in redirects, CSRF, refused forms, error pages, least data. */
@QuarkusTest
@OwnCredentials
class PagesTest {

    private static final String SCHOOL = "clifton-high";
    private static final String TOKEN = "test-csrf-token-0123456789";

    private String dsl;
    private String reporter;
    private String auditor;

    @BeforeEach
    void keys() {
        List<String> schools = List.of(SCHOOL);
        dsl = TestCredentials.bearer(TestCredentials.apiKey("dsl", schools));
        reporter = TestCredentials.bearer(TestCredentials.apiKey("reporter", schools));
        auditor = TestCredentials.bearer(TestCredentials.apiKey("auditor", schools));
    }

    @Test
    void shouldSendSomeoneNotSignedInToTheSignInForm() {
        for (String page : List.of("/", "/report", "/rules", "/incidents/" + UUID.randomUUID())) {
            given().redirects().follow(false).get(page).then().statusCode(303)
                    .header("Location", endsWith("/login"));
        }
        given().get("/login").then().statusCode(200).contentType(ContentType.HTML)
                .body(containsString("<label for=\"j_username\">"), containsString("action=\"/j_security_check\""));
    }

    @Test
    void shouldStoreAReportSentFromTheFormAndShowWhatMustHappenNow() {
        String marker = "summary-marker-" + UUID.randomUUID();
        Response posted = form(dsl, true).formParams(report(marker)).post("/report");
        assertEquals(303, posted.statusCode(), posted.asString());
        String location = posted.header("Location");
        assertTrue(location.matches(".*/incidents/[0-9a-f-]{36}\\?reported=1"), location);
        assertFalse(location.contains(marker), "the summary never goes into a URL");

        String page = given().header("Authorization", dsl).get(location).then().statusCode(200).extract().asString();
        assertTrue(page.contains("What must happen now"), page);
        assertTrue(page.contains("Do not"), "the must-not box");
        assertTrue(page.contains(marker), "the DSL sees the summary");
        String title = page.substring(page.indexOf("<title>"), page.indexOf("</title>"));
        assertFalse(title.contains(marker), "the summary never goes into the page title");
    }

    @Test
    void shouldStoreOneIncidentWhenTheSameFormIsSentTwice() {
        Map<String, String> body = report("twice");
        String first = form(dsl, true).formParams(body).post("/report").header("Location");
        String second = form(dsl, true).formParams(body).post("/report").header("Location");
        assertEquals(first, second);
    }

    @Test
    void shouldRefuseAFormWithoutTheTokenAndStoreNothing() {
        Map<String, String> body = report("no token");
        long before = stored(body.get("externalRef"));
        form(dsl, false).formParams(body).post("/report").then().statusCode(403).contentType(ContentType.HTML)
                .body(containsString("This form has expired"), not(containsString("Exception")));
        Map<String, String> wrong = new java.util.HashMap<>(body);
        wrong.put("csrf", "another-token");
        form(dsl, true).formParams(wrong).post("/report").then().statusCode(403);
        assertEquals(before, stored(body.get("externalRef")));
        assertEquals(0, before);
    }

    @Test
    void shouldRefuseAFormSentFromAnotherSite() {
        Map<String, String> body = report("cross-site");
        form(dsl, true).header("Origin", "https://evil.example").formParams(body).post("/report")
                .then().statusCode(403);
        assertEquals(0, stored(body.get("externalRef")));
    }

    @Test
    void shouldShowTheFormAgainWithTheMessageBesideTheFieldWhenTheReportIsNotValid() {
        Map<String, String> body = new java.util.HashMap<>(report("kept text"));
        body.remove("category");
        body.put("parties[1].age", "seven");
        String page = form(dsl, true).formParams(body).post("/report").then().statusCode(400)
                .contentType(ContentType.HTML).extract().asString();
        assertTrue(page.contains("The report was not saved"), page);
        assertTrue(page.contains("category is required"), "the service's message for the field");
        assertTrue(page.contains("age is a whole number of years"));
        assertTrue(page.contains(">kept text</textarea>"), "what was typed is kept");
        assertTrue(page.contains("value=\"" + body.get("externalRef") + "\""), "the same key, so a resend is one incident");
        assertEquals(0, stored(body.get("externalRef")));
    }

    @Test
    void shouldAnswerAnUnknownIncidentWithAPageAndNoInternals() {
        given().header("Authorization", dsl).get("/incidents/" + UUID.randomUUID()).then().statusCode(404)
                .contentType(ContentType.HTML)
                .body(containsString("<h1>"), not(containsString("Exception")), not(containsString("at org.")));
        given().header("Authorization", dsl).get("/incidents/not-a-uuid").then().statusCode(404)
                .contentType(ContentType.HTML);
    }

    @Test
    void shouldSendAReporterToTheReportFormAndKeepTheRulesForAuditors() {
        given().header("Authorization", reporter).redirects().follow(false).get("/").then().statusCode(303)
                .header("Location", endsWith("/report"));
        given().header("Authorization", reporter).get("/rules").then().statusCode(403).contentType(ContentType.HTML);
        given().header("Authorization", dsl).get("/rules").then().statusCode(403);
        given().header("Authorization", auditor).get("/rules").then().statusCode(200)
                .body(containsString("The rules in force"), containsString("legality.drl"));
        given().header("Authorization", auditor).get("/rules/files/legality.drl").then().statusCode(200)
                .body(containsString("rule &quot;Child sexual abuse imagery is illegal&quot;"));
        given().header("Authorization", auditor).get("/rules/scenarios/..%2Fpom.xml").then().statusCode(404);
    }

    @Test
    void shouldShowAnAuditorTheDecisionWithoutTheSummary() {
        String marker = "auditor-must-not-see-" + UUID.randomUUID();
        String location = form(dsl, true).formParams(report(marker)).post("/report").header("Location");
        String page = given().header("Authorization", auditor).get(location).then().statusCode(200).extract().asString();
        assertFalse(page.contains(marker));
        assertTrue(page.contains("Required actions"));
        assertFalse(page.contains("Record outcome"), "an auditor has no forms");
    }

    @Test
    void shouldIssueTheTokenCookieHttpOnlyAndStrict() {
        String cookie = given().header("Authorization", dsl).get("/report").then().statusCode(200)
                .extract().header("Set-Cookie");
        org.hamcrest.MatcherAssert.assertThat(cookie, matchesPattern("esafety-csrf=[A-Za-z0-9_-]{43};.*"));
        assertTrue(cookie.toLowerCase().contains("httponly") && cookie.toLowerCase().contains("samesite=strict"), cookie);
    }

    private RequestSpecification form(String auth, boolean withCookie) {
        RequestSpecification spec = given().header("Authorization", auth).redirects().follow(false)
                .contentType(ContentType.URLENC);
        return withCookie ? spec.cookie(CsrfToken.COOKIE, TOKEN) : spec;
    }

    /** A child shares an indecent image of another child: illegal, police, "do not view". */
    private static Map<String, String> report(String summary) {
        Map<String, String> form = new java.util.HashMap<>();
        form.put("csrf", TOKEN);
        form.put("externalRef", UUID.randomUUID().toString());
        form.put("schoolId", SCHOOL);
        form.put("category", "CHILD_SEXUAL_ABUSE_IMAGERY");
        form.put("parties[0].role", "INSTIGATOR");
        form.put("parties[0].kind", "CHILD");
        form.put("parties[0].age", "15");
        form.put("parties[1].role", "VICTIM");
        form.put("parties[1].kind", "CHILD");
        form.put("parties[1].age", "14");
        form.put("c.immediateDanger", "no");
        form.put("c.deliberate", "yes");
        form.put("c.repeated", "unknown");
        form.put("summary", summary);
        return form;
    }

    private long stored(String externalRef) {
        return given().header("Authorization", dsl).queryParam("schoolId", SCHOOL).queryParam("size", 100)
                .get("/api/incidents").then().statusCode(200).extract().jsonPath()
                .getList("items.externalRef", String.class).stream().filter(externalRef::equals).count();
    }
}
