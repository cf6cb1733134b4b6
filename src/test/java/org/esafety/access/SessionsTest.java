package org.esafety.access;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.esafety.support.MutableClock;
import org.esafety.support.OwnCredentials;
import org.esafety.support.TestCredentials;

/**
 * Issue 17, finding 5: an old session cookie kept working after sign-out and after an admin reset the password,
 * and use slid its expiry for ever. Each test keeps a copy of the cookie, as an attacker who had stolen it would.
 */
@QuarkusTest
@OwnCredentials
class SessionsTest {

    private static final String PASSWORD = "correct horse battery";

    private final MutableClock clock = MutableClock.at(Instant.now().toString());

    @Inject
    SessionFactory database;

    @BeforeEach
    void installClock() {
        QuarkusMock.installMockForType(clock, Clock.class);
    }

    @Test
    void shouldEndEveryCopyOfTheSessionAtSignOut() {
        String name = user("session.leaver");
        String stolen = signIn(name);
        incidents(stolen).then().statusCode(200);

        Response board = given().cookie("esafety-session", stolen).get("/");
        String csrf = board.getCookie("esafety-csrf");
        assertNotNull(csrf, "the board hands out the forms' token");
        given().redirects().follow(false).cookie("esafety-session", stolen).cookie("esafety-csrf", csrf)
                .contentType(ContentType.URLENC).formParam("csrf", csrf).post("/logout")
                .then().statusCode(303);

        incidents(stolen).then().statusCode(401).body("status", equalTo(401));
        incidents(signIn(name)).then().statusCode(200);
    }

    @Test
    void shouldEndTheSessionsWhenAnAdminResetsThePassword() {
        String name = user("session.reset");
        String stolen = signIn(name);
        String other = signIn(name);
        incidents(stolen).then().statusCode(200);

        admin().contentType(ContentType.JSON).body(Map.of("password", "a brand new passphrase"))
                .patch("/api/admin/users/" + name).then().statusCode(200);

        incidents(stolen).then().statusCode(401);
        incidents(other).then().statusCode(401);
        Response login = given().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("j_username", name).formParam("j_password", "a brand new passphrase").post("/j_security_check");
        incidents(login.getCookie("esafety-session")).then().statusCode(200);
    }

    @Test
    void shouldEndASessionEightHoursAfterSigningInHoweverBusy() {
        String session = signIn(user("session.busy"));
        for (int hour = 1; hour < 8; hour++) {
            clock.advance(Duration.ofHours(1));
            incidents(session).then().statusCode(200);
        }
        clock.advance(Duration.ofMinutes(59));
        incidents(session).then().statusCode(200);
        clock.advance(Duration.ofMinutes(1));
        incidents(session).then().statusCode(401);
    }

    @Test
    void shouldCheckSessionsWithoutADatabaseReadPerRequest() {
        String session = signIn(user("session.busy.reader"));
        long before = database.getStatistics().getPrepareStatementCount();
        long start = System.nanoTime();
        int requests = 40;
        for (int i = 0; i < requests; i++) {
            given().cookie("esafety-session", session).get("/api/schools/clifton-primary").then().statusCode(200);
        }
        long elapsedSeconds = (System.nanoTime() - start) / 1_000_000_000L;
        long reads = database.getStatistics().getPrepareStatementCount() - before;
        // One read of the user per check-ttl (5 s) at most, whatever the number of requests.
        long allowed = elapsedSeconds / 5 + 1;
        assertTrue(reads <= allowed, requests + " requests in " + elapsedSeconds + " s read the database " + reads
                + " times; at most " + allowed + " expected");
    }

    private static Response incidents(String session) {
        return given().cookie("esafety-session", session).get("/api/incidents");
    }

    private static String signIn(String name) {
        Response login = given().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("j_username", name).formParam("j_password", PASSWORD).post("/j_security_check");
        assertEquals(302, login.statusCode(), login.headers().toString());
        String session = login.getCookie("esafety-session");
        assertNotNull(session);
        return session;
    }

    private static String user(String name) {
        admin().contentType(ContentType.JSON).body(Map.of("username", name, "password", PASSWORD, "role", "dsl",
                "schoolIds", List.of("clifton-primary"))).post("/api/admin/users").then().statusCode(201);
        return name;
    }

    private static io.restassured.specification.RequestSpecification admin() {
        return given().auth().preemptive().basic(TestCredentials.ADMIN, TestCredentials.ADMIN_PASSWORD);
    }
}
