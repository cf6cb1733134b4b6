package org.esafety.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import org.esafety.support.OwnCredentials;
import org.esafety.support.TestCredentials;

/**
 * Issue 17, findings 8 and 10: a cross-site {@code POST /j_security_check} signed a member of staff in as the
 * attacker; pages and API answers carried no security headers.
 */
@QuarkusTest
@OwnCredentials
class SecurityHeadersTest {

    private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    @Test
    void shouldRefuseASignInPostedFromAnotherSite() {
        for (String[] header : List.of(new String[]{"Origin", "https://attacker.example.net"},
                new String[]{"Referer", "https://attacker.example.net/trap.html"})) {
            Response r = signIn().header(header[0], header[1]).post("/j_security_check");
            assertEquals(403, r.statusCode(), header[0]);
            assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
            assertTrue(r.asString().contains("another site"), r.asString());
            assertEquals(null, r.getCookie("esafety-session"), "no session from another site");
        }
        Response hidden = signIn().header("Origin", "null").post("/j_security_check");
        assertEquals(403, hidden.statusCode(), "a hidden origin without the sign-in page's cookie");
    }

    @Test
    void shouldSignInFromTheServicesOwnSignInPage() {
        Response page = given().get("/login");
        String token = page.getCookie(CsrfToken.COOKIE);
        assertTrue(token != null && page.asString().contains("name=\"csrf\""), "the sign-in page issues its token");
        int port = io.restassured.RestAssured.port;
        Response sameSite = signIn().header("Origin", "http://localhost:" + port).post("/j_security_check");
        assertEquals(302, sameSite.statusCode());
        assertTrue(sameSite.getCookie("esafety-session") != null);
        Response noReferrer = signIn().header("Origin", "null").cookie(CsrfToken.COOKIE, token).post("/j_security_check");
        assertEquals(302, noReferrer.statusCode(), "Origin null (Referrer-Policy: no-referrer) with the page's cookie");
        assertEquals(302, signIn().post("/j_security_check").statusCode(), "a client that is not a browser");
    }

    @Test
    void shouldSendTheSecurityHeadersOnPagesAndApiAnswers() {
        String apiKey = TestCredentials.bearer(TestCredentials.apiKey("dsl", List.of("clifton-primary")));
        List<Response> answers = List.of(given().get("/login"),
                given().header("Authorization", apiKey).get("/"),
                given().header("Authorization", apiKey).get("/api/incidents"),
                given().get("/api/incidents"),
                given().get("/js/page.js"),
                signIn().header("Origin", "https://attacker.example.net").post("/j_security_check"));
        for (Response r : answers) {
            assertEquals(CSP, r.header("Content-Security-Policy"), r.statusCode() + " " + r.contentType());
            assertEquals("nosniff", r.header("X-Content-Type-Options"));
            assertEquals("no-referrer", r.header("Referrer-Policy"));
            assertEquals("DENY", r.header("X-Frame-Options"));
        }
        assertEquals(401, answers.get(3).statusCode(), "an API answer refusing credentials carries them too");
    }

    @Test
    void shouldHaveNoInlineScriptOrStyleInThePagesTheCspForbids() {
        String apiKey = TestCredentials.bearer(TestCredentials.apiKey("reporter", List.of("clifton-primary")));
        for (String page : List.of(given().get("/login").asString(),
                given().header("Authorization", apiKey).get("/report").asString())) {
            assertFalse(Pattern.compile("<script(?![^>]*\\ssrc=)", Pattern.CASE_INSENSITIVE).matcher(page).find(),
                    "an inline script");
            assertFalse(Pattern.compile("<style|\\sstyle=|\\son[a-z]+=", Pattern.CASE_INSENSITIVE).matcher(page).find(),
                    "an inline style or handler");
        }
    }

    private static io.restassured.specification.RequestSpecification signIn() {
        return given().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("j_username", TestCredentials.ADMIN).formParam("j_password", TestCredentials.ADMIN_PASSWORD);
    }
}
