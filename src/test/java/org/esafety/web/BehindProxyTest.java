package org.esafety.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import org.esafety.support.OwnCredentials;
import org.esafety.support.TestCredentials;

/**
 * Issue 17, finding 9: behind a proxy that ends TLS ({@code X-Forwarded-Proto: https}), the service built
 * {@code http://} links and set cookies without {@code Secure}. From a trusted proxy (loopback by default) it now
 * answers as the HTTPS service it is: https redirects, Secure cookies, the {@code __Host-} form token, HSTS, and a
 * new form token at sign-in; the same headers from anyone else change nothing.
 */
@QuarkusTest
@OwnCredentials
class BehindProxyTest {

    static final String HOST = "esafety.example.org";

    static RequestSpecification viaProxy() {
        return given().redirects().follow(false).header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", HOST);
    }

    @Test
    void shouldAnswerAsTheHttpsServiceTheProxySays() {
        Response login = viaProxy().get("/login");
        assertEquals("max-age=31536000; includeSubDomains", login.header("Strict-Transport-Security"));
        String token = login.headers().getValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(CsrfToken.HOST_COOKIE + "=")).findFirst().orElseThrow();
        assertTrue(token.contains("Secure") && token.contains("Path=/") && !token.contains("Domain"), token);

        String toLogin = viaProxy().get("/").header("Location");
        assertTrue(toLogin.equals("/login") || toLogin.equals("https://" + HOST + "/login"),
                "redirects keep the https address (or are relative to it): " + toLogin);

        String name = user();
        Response signedIn = viaProxy().contentType(ContentType.URLENC).formParam("j_username", name)
                .formParam("j_password", "a-long-enough-password-proxy").post("/j_security_check");
        assertEquals(302, signedIn.statusCode());
        assertTrue(signedIn.header("Location").startsWith("https://" + HOST + "/"), signedIn.header("Location"));
        List<String> cookies = signedIn.headers().getValues("Set-Cookie");
        assertTrue(cookies.stream().anyMatch(c -> c.startsWith("esafety-session=") && c.contains("Secure")), cookies.toString());
    }

    @Test
    void shouldSendNoHstsAndPlainCookiesOverPlainHttp() {
        Response login = given().get("/login");
        assertNull(login.header("Strict-Transport-Security"));
        String token = login.headers().getValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(CsrfToken.COOKIE + "=")).findFirst().orElseThrow();
        assertFalse(token.contains("Secure"), token);
    }

    @Test
    void shouldGiveANewSessionANewFormToken() {
        String name = user();
        Response signedIn = given().redirects().follow(false).cookie(CsrfToken.COOKIE, "planted-before-sign-in")
                .contentType(ContentType.URLENC).formParam("j_username", name)
                .formParam("j_password", "a-long-enough-password-proxy").post("/j_security_check");
        assertTrue(signedIn.headers().getValues("Set-Cookie").stream()
                .anyMatch(c -> c.startsWith(CsrfToken.COOKIE + "=;") || c.startsWith(CsrfToken.COOKIE + "=\"\"")
                        || (c.startsWith(CsrfToken.COOKIE + "=") && c.contains("Max-Age=0"))),
                "the token from before signing in is dropped: " + signedIn.headers().getValues("Set-Cookie"));

        Response wrong = given().redirects().follow(false).cookie(CsrfToken.COOKIE, "planted-before-sign-in")
                .contentType(ContentType.URLENC).formParam("j_username", name)
                .formParam("j_password", "not the password at all").post("/j_security_check");
        assertFalse(wrong.headers().getValues("Set-Cookie").stream().anyMatch(c -> c.startsWith(CsrfToken.COOKIE + "=")),
                "a failed sign-in changes nothing");
    }

    static String user() {
        String name = "proxy-" + Long.toHexString(System.nanoTime());
        given().auth().preemptive().basic(TestCredentials.ADMIN, TestCredentials.ADMIN_PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("username", name, "password", "a-long-enough-password-proxy", "role", "dsl",
                        "schoolIds", List.of("clifton-primary"))).post("/api/admin/users").then().statusCode(201);
        return name;
    }
}
