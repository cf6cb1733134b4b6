package org.esafety.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import org.esafety.support.Cases;
import org.esafety.support.OwnCredentials;
import org.esafety.support.TestCredentials;

/**
 * Issue 16, "nothing typed is lost": a form sent after the session ended is kept on the server, and after signing in
 * again the person lands on the same form with everything they typed; nothing of it is saved as a record, it is
 * given back once and to its author only, and the browser holds nothing but a random token.
 */
@QuarkusTest
@OwnCredentials
class KeptFormTest {

    private static final String SCHOOL = "clifton-primary";
    private static final String PASSWORD = "a-long-enough-password-for-kept-forms";
    private static final String TOKEN = "kept-form-csrf-token-0123456789";

    @Test
    void shouldBringAReportSentAfterTheSessionEndedBackToItsAuthorAfterSigningIn() {
        String name = user("reporter");
        String word = "kept" + UUID.randomUUID().toString().substring(0, 8);
        assertTrue(page(signIn(name), "/report").contains("name=\"author\" value=\"user:" + name + "\""),
                "the form names who it was drawn for");

        // The session has ended: the browser sends the form without a session that checks out.
        Response sent = form(null).formParams(report(name, word)).post("/report");
        assertEquals(303, sent.statusCode());
        assertTrue(sent.header("Location").endsWith("/login?kept=1"), sent.header("Location"));
        String draft = sent.getCookie(FormKeeper.COOKIE);
        assertNotNull(draft, "the browser gets a token for its kept form");
        assertFalse(draft.contains(word), "the cookie holds a token, not the form");
        String back = sent.getCookie("quarkus-redirect-location");
        assertTrue(back.endsWith("/report?kept=1"), back);
        assertTrue(given().redirects().follow(false).get(sent.header("Location")).asString()
                .contains("What you typed has been kept"), "the sign-in page says the form was kept");

        Response login = given().redirects().follow(false).cookie("quarkus-redirect-location", back)
                .contentType(ContentType.URLENC).formParam("j_username", name).formParam("j_password", PASSWORD)
                .post("/j_security_check");
        assertEquals(back, login.header("Location"), "signing in leads back to the form");
        String session = login.getCookie("esafety-session");

        Response restored = given().cookie("esafety-session", session).cookie(FormKeeper.COOKIE, draft)
                .get("/report?kept=1");
        String html = restored.then().statusCode(200).extract().asString();
        assertTrue(html.contains("Your session ended before this was sent"), "the form says why it is back");
        assertTrue(html.contains(word), "the summary typed is in the form again");
        assertTrue(html.contains("value=\"10:40\"") || html.contains("10:40"), "so is the time typed");
        assertTrue(restored.headers().getValues("Set-Cookie").stream()
                .anyMatch(c -> c.startsWith(FormKeeper.COOKIE + "=;") || c.startsWith(FormKeeper.COOKIE + "=\"\"")
                        || c.matches(FormKeeper.COOKIE + "=[^;]*;.*Max-Age=0.*")), "the token is removed");
        assertEquals(List.of(), found(word), "nothing was recorded while the session had ended");

        assertFalse(given().cookie("esafety-session", session).cookie(FormKeeper.COOKIE, draft).get("/report?kept=1")
                .asString().contains(word), "a kept form is given back once");
    }

    @Test
    void shouldNeverGiveAKeptFormToSomeoneElseSigningInOnTheSameComputer() {
        String author = user("dsl");
        String next = user("dsl");
        String word = "kept" + UUID.randomUUID().toString().substring(0, 8);
        String draft = form(null).formParams(report(author, word)).post("/report").getCookie(FormKeeper.COOKIE);
        assertNotNull(draft);

        assertFalse(page(signIn(next), "/report?kept=1", draft).contains(word), "another person never sees it");
        assertFalse(page(signIn(author), "/report?kept=1", draft).contains(word),
                "and once someone else has signed in, it is gone: it never waits for the next person");
    }

    @Test
    void shouldKeepANoteSentWithARevokedSessionAndOpenItOnTheIncidentPage() {
        String name = user("dsl");
        String incident = given().header("Authorization", TestCredentials.bearer(TestCredentials.apiKey("dsl", List.of(SCHOOL))))
                .contentType(ContentType.JSON).body(cyberbullying()).post("/api/incidents")
                .then().statusCode(201).extract().path("id");
        String session = signIn(name);
        // Signing out elsewhere ends this session too (issue 17): the old cookie is refused.
        given().cookie("esafety-session", session).cookie(CsrfToken.COOKIE, TOKEN).redirects().follow(false)
                .contentType(ContentType.URLENC).formParam("csrf", TOKEN).post("/logout").then().statusCode(303);
        String text = "Called the parent " + UUID.randomUUID();

        Response sent = form(session).formParam("csrf", TOKEN).formParam("author", "user:" + name)
                .formParam("kind", "CALL").formParam("text", text).post("/incidents/" + incident + "/notes");
        assertEquals(303, sent.statusCode());
        assertTrue(sent.getCookie("quarkus-redirect-location").endsWith("/incidents/" + incident + "?kept=1#notes"));

        String html = page(signIn(name), "/incidents/" + incident + "?kept=1", sent.getCookie(FormKeeper.COOKIE));
        assertTrue(html.contains(text), "the note typed is back in its form");
        assertTrue(html.contains("Your session ended before this was sent"));
        assertEquals(0, given().header("Authorization", TestCredentials.bearer(TestCredentials.apiKey("dsl", List.of(SCHOOL))))
                .get("/api/incidents/" + incident).then().statusCode(200).extract().jsonPath().getList("notes").size(),
                "the note was not recorded");
    }

    @Test
    void shouldNotKeepAFormWithoutItsAuthorOrTheSignInForm() {
        Response anonymous = form(null).formParams(report(null, "nobody")).post("/report");
        assertEquals(303, anonymous.statusCode());
        assertTrue(anonymous.header("Location").endsWith("/login"), "a form drawn for nobody is not kept");
        assertEquals(null, anonymous.getCookie(FormKeeper.COOKIE));
    }

    private static Map<String, Object> cyberbullying() {
        Map<String, Object> body = Cases.cyberbullying();
        body.put("schoolId", SCHOOL);
        return body;
    }

    private static Map<String, String> report(String author, String word) {
        Map<String, String> form = new HashMap<>();
        form.put("csrf", TOKEN);
        if (author != null) {
            form.put("author", "user:" + author);
        }
        form.put("externalRef", UUID.randomUUID().toString());
        form.put("schoolId", SCHOOL);
        form.put("category", "CYBERBULLYING");
        form.put("summary", "A summary with " + word);
        form.put("occurredAt", "2026-11-20T10:40");
        form.put("parties[0].role", "VICTIM");
        form.put("parties[0].kind", "CHILD");
        form.put("parties[0].age", "12");
        return form;
    }

    private static RequestSpecification form(String session) {
        RequestSpecification spec = given().redirects().follow(false).cookie(CsrfToken.COOKIE, TOKEN)
                .contentType(ContentType.URLENC);
        return session == null ? spec : spec.cookie("esafety-session", session);
    }

    private static String page(String session, String path) {
        return given().cookie("esafety-session", session).get(path).then().statusCode(200).extract().asString();
    }

    private static String page(String session, String path, String draft) {
        return given().cookie("esafety-session", session).cookie(FormKeeper.COOKIE, draft).get(path).then()
                .statusCode(200).extract().asString();
    }

    private static List<Object> found(String word) {
        return given().header("Authorization", TestCredentials.bearer(TestCredentials.apiKey("dsl", List.of(SCHOOL))))
                .queryParam("schoolId", SCHOOL).queryParam("q", word).get("/api/incidents").then().statusCode(200)
                .extract().jsonPath().getList("items.id");
    }

    private static String signIn(String name) {
        Response login = given().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("j_username", name).formParam("j_password", PASSWORD).post("/j_security_check");
        String session = login.getCookie("esafety-session");
        assertNotNull(session, login.headers().toString());
        return session;
    }

    private static String user(String role) {
        String name = role + "-kept-" + UUID.randomUUID().toString().substring(0, 8);
        given().auth().preemptive().basic(TestCredentials.ADMIN, TestCredentials.ADMIN_PASSWORD)
                .contentType(ContentType.JSON).body(Map.of("username", name, "password", PASSWORD, "role", role,
                        "schoolIds", List.of(SCHOOL))).post("/api/admin/users").then().statusCode(201);
        return name;
    }
}
