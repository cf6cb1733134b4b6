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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.esafety.support.OwnCredentials;
import org.esafety.support.TestCredentials;

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
    void shouldAskThePolicyV6QuestionsAndStoreTheAnswers() {
        String blank = given().header("Authorization", dsl).get("/report").then().statusCode(200).extract().asString();
        assertTrue(blank.contains("name=\"c.parentContactRisk\""), "asks whether telling the parents is a risk");
        assertTrue(blank.contains("Could telling the child&#39;s parents or carers put the child at risk?")
                || blank.contains("Could telling the child's parents or carers put the child at risk?"), blank);
        assertTrue(blank.contains("name=\"c.aiGeneratedOrAltered\""), "asks whether AI made the images");
        assertTrue(blank.contains("<option value=\"OTHER_ADULT\">Another adult the child or school knows"), blank);
        assertTrue(blank.contains("<label for=\"parties[0].agencyOrContractor\">from a supply agency or contractor?"),
                "the agency question beside each party row");

        Map<String, String> body = report("v6 vocabulary");
        body.put("category", "CYBERBULLYING");
        body.remove("url");
        body.put("parties[0].kind", "STAFF");
        body.remove("parties[0].age");
        body.put("parties[0].agencyOrContractor", "yes");
        body.put("parties[1].agencyOrContractor", "yes"); // a child: the answer is for staff and visitors only
        body.put("parties[2].role", "WITNESS");
        body.put("parties[2].kind", "OTHER_ADULT");
        body.put("parties[3].role", "WITNESS");
        body.put("parties[3].kind", "VISITOR");
        body.put("parties[3].agencyOrContractor", "no");
        body.put("c.parentContactRisk", "yes");
        body.put("c.aiGeneratedOrAltered", "no");
        Response posted = form(dsl, true).formParams(body).post("/report");
        assertEquals(303, posted.statusCode(), posted.asString());
        String location = posted.header("Location");
        String id = location.replaceAll(".*/incidents/([0-9a-f-]{36}).*", "$1");

        io.restassured.path.json.JsonPath stored = given().header("Authorization", dsl).get("/api/incidents/" + id)
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("STAFF", "CHILD", "OTHER_ADULT", "VISITOR"), stored.getList("parties.kind"));
        assertEquals(java.util.Arrays.asList(true, null, null, false), stored.getList("parties.agencyOrContractor"));
        assertEquals(true, stored.get("circumstances.parentContactRisk"));
        assertEquals(false, stored.get("circumstances.aiGeneratedOrAltered"));

        String page = given().header("Authorization", dsl).get(location).then().statusCode(200).extract().asString();
        assertTrue(page.contains("Instigator: Member of staff, employed by a supply agency or contractor"), page);
        assertTrue(page.contains("Witness: Visitor, not employed by a supply agency or contractor"), page);
        assertTrue(page.contains("Witness: Another adult the child or school knows"), page);
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
        given().header("Authorization", auditor).get("/rules/scenarios/account-access-by-10-year-old-illegal.yaml")
                .then().statusCode(200).body(containsString("expect:"));
    }

    @Test
    void shouldShowAnAuditorTheDecisionWithoutTheSummary() {
        String marker = "auditor-must-not-see-" + UUID.randomUUID();
        String location = form(dsl, true).formParams(report(marker)).post("/report").header("Location");
        String page = given().header("Authorization", auditor).get(location).then().statusCode(200).extract().asString();
        assertFalse(page.contains(marker));
        assertFalse(page.contains("images.example.invalid"), "nor the web address");
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

    @Test
    void shouldOpenTheSignInPageWhenTheSessionNoLongerChecksOutAndDropTheCookie() {
        String name = Browser.user("dsl", List.of(SCHOOL));
        String session = signIn(name);
        given().cookie("esafety-session", session).redirects().follow(false).get("/").then().statusCode(200);
        given().auth().preemptive().basic(TestCredentials.ADMIN, TestCredentials.ADMIN_PASSWORD)
                .delete("/api/admin/users/" + name).then().statusCode(200);
        Response board = given().cookie("esafety-session", session).redirects().follow(false).get("/");
        assertEquals(303, board.statusCode());
        assertTrue(board.headers().getValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("esafety-session=;")),
                board.headers().toString());
        given().cookie("esafety-session", session).get("/login").then().statusCode(200)
                .body(containsString("j_username"));
        given().auth().preemptive().basic(name, "a wrong password").get("/login").then().statusCode(200);
    }

    @Test
    void shouldBringThePersonBackToTheIncidentAfterSigningIn() {
        String location = form(dsl, true).formParams(report("come back")).post("/report").header("Location");
        String path = location.substring(location.indexOf("/incidents/"), location.indexOf('?'));
        Response challenge = given().redirects().follow(false).get(path);
        assertEquals(303, challenge.statusCode());
        String back = challenge.getCookie("quarkus-redirect-location");
        assertTrue(back != null && back.endsWith(path), String.valueOf(back));
        Response signedIn = given().redirects().follow(false).cookie("quarkus-redirect-location", back)
                .contentType(ContentType.URLENC).formParam("j_username", Browser.user("dsl", List.of(SCHOOL)))
                .formParam("j_password", Browser.PASSWORD).post("/j_security_check");
        assertTrue(signedIn.header("Location").endsWith(path), signedIn.header("Location"));
    }

    @Test
    void shouldRefuseEveryChangingFormWithoutTheToken() {
        String location = form(dsl, true).formParams(report("forms")).post("/report").header("Location");
        String id = location.substring(location.indexOf("/incidents/") + 11, location.indexOf('?'));
        String action = given().header("Authorization", dsl).get("/api/incidents/" + id).then().extract()
                .path("actions[0].id");
        Map<String, String> done = Map.of("outcome", "DONE");
        for (String post : List.of("/incidents/" + id + "/actions/" + action + "/completion",
                "/incidents/" + id + "/reassessment", "/incidents/" + id + "/closure", "/logout")) {
            form(dsl, true).formParams(done).formParam("externalOutcome", "NO_ILLEGAL_ACTIVITY").post(post)
                    .then().statusCode(403);
            form(dsl, true).formParams(done).formParam("csrf", "").cookie(CsrfToken.COOKIE, "").post(post)
                    .then().statusCode(403);
        }
        given().header("Authorization", dsl).get("/api/incidents/" + id).then()
                .body("actions[0].status", org.hamcrest.Matchers.equalTo("OPEN"))
                .body("externalOutcome", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void shouldRecordNothingWithoutAChosenOutcomeOrForAnotherIncidentsAction() {
        String first = form(dsl, true).formParams(report("first")).post("/report").header("Location");
        String second = form(dsl, true).formParams(report("second")).post("/report").header("Location");
        String firstId = first.substring(first.indexOf("/incidents/") + 11, first.indexOf('?'));
        String secondId = second.substring(second.indexOf("/incidents/") + 11, second.indexOf('?'));
        String action = given().header("Authorization", dsl).get("/api/incidents/" + firstId).then().extract()
                .path("actions[0].id");
        String page = form(dsl, true).formParam("csrf", TOKEN).post("/incidents/" + firstId + "/actions/" + action + "/completion")
                .then().statusCode(400).extract().asString();
        assertTrue(page.contains("choose Done or Not required"), "nothing is chosen for the person");
        form(dsl, true).formParam("csrf", TOKEN).formParam("outcome", "DONE")
                .post("/incidents/" + secondId + "/actions/" + action + "/completion").then().statusCode(404);
        given().header("Authorization", dsl).get("/api/incidents/" + firstId).then()
                .body("actions[0].status", org.hamcrest.Matchers.equalTo("OPEN"));
    }

    @Test
    void shouldShowAReporterItsOwnIncidentWithoutHistoryAndNoOneElses() {
        String own = form(reporter, true).formParams(report("mine")).post("/report").header("Location");
        String page = given().header("Authorization", reporter).get(own).then().statusCode(200).extract().asString();
        assertTrue(page.contains("What must happen now"));
        assertFalse(page.contains("Evaluation history"));
        assertFalse(page.contains("Record outcome"));
        String other = form(dsl, true).formParams(report("not yours")).post("/report").header("Location");
        given().header("Authorization", reporter).get(other).then().statusCode(404).contentType(ContentType.HTML);
    }

    private static String signIn(String name) {
        Response response = given().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("j_username", name).formParam("j_password", Browser.PASSWORD).post("/j_security_check");
        String session = response.getCookie("esafety-session");
        assertTrue(session != null && !session.isEmpty(), response.headers().toString());
        return session;
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
        form.put("url", "https://images.example.invalid/" + summary.hashCode());
        return form;
    }

    private long stored(String externalRef) {
        return given().header("Authorization", dsl).queryParam("schoolId", SCHOOL).queryParam("size", 100)
                .get("/api/incidents").then().statusCode(200).extract().jsonPath()
                .getList("items.externalRef", String.class).stream().filter(externalRef::equals).count();
    }
}
