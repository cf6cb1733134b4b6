package org.esafety.access;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import org.esafety.support.IncidentRequests;
import org.esafety.support.OwnCredentials;
import org.esafety.support.TestCredentials;

/** Incident intake per principal: beyond the configured rate, 429 problem+json with Retry-After; others unaffected. */
@QuarkusTest
@OwnCredentials
@TestProfile(RateLimitTest.Slow.class)
class RateLimitTest {

    /** One incident every hundred seconds after a burst of three: slow enough that a loaded machine cannot refill it. */
    public static class Slow implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("esafety.intake.rate-limit", "0.01", "esafety.intake.rate-burst", "3");
        }
    }

    @Test
    void shouldAnswer429WithRetryAfterBeyondTheRateAndStoreNothing() {
        String key = TestCredentials.bearer(TestCredentials.apiKey("dsl", List.of("clifton-primary")));
        String other = TestCredentials.bearer(TestCredentials.apiKey("dsl", List.of("clifton-primary")));
        long before = total(key);
        List<Integer> statuses = new ArrayList<>();
        Response limited = null;
        for (int i = 0; i < 6; i++) {
            Response r = post(key);
            statuses.add(r.statusCode());
            if (r.statusCode() == 429 && limited == null) {
                limited = r;
            }
        }
        assertEquals(List.of(201, 201, 201), statuses.subList(0, 3), "the burst is allowed");
        assertTrue(statuses.subList(3, 6).contains(429), "then limited: " + statuses);
        limited.then().contentType(startsWith("application/problem+json"))
                .body("type", equalTo("urn:esafety:problem:rate-limited")).body("status", equalTo(429));
        assertTrue(Long.parseLong(limited.header("Retry-After")) >= 1);

        assertEquals(201, post(other).statusCode(), "another principal is not limited");
        assertEquals(statuses.stream().filter(s -> s == 201).count() + 1, total(key) - before,
                "nothing stored for a 429");
    }

    @Test
    void shouldCountDryRunsAgainstTheSameAllowanceAsIntake() {
        String key = TestCredentials.bearer(TestCredentials.apiKey("dsl", List.of("clifton-primary")));
        List<Integer> statuses = new ArrayList<>();
        Response limited = null;
        for (int i = 0; i < 6; i++) {
            Response r = given().header("Authorization", key).contentType(ContentType.JSON)
                    .body(IncidentRequests.minimal("clifton-primary", "CYBERBULLYING")).post("/api/evaluations");
            statuses.add(r.statusCode());
            if (r.statusCode() == 429 && limited == null) {
                limited = r;
            }
        }
        assertEquals(List.of(200, 200, 200), statuses.subList(0, 3), "the burst is allowed");
        assertTrue(statuses.subList(3, 6).contains(429), "then limited: " + statuses);
        limited.then().contentType(startsWith("application/problem+json"))
                .body("type", equalTo("urn:esafety:problem:rate-limited"));
        assertEquals(429, post(key).statusCode(), "the same allowance as intake");
    }

    private static long total(String authorization) {
        return given().header("Authorization", authorization).queryParam("size", 1).get("/api/incidents")
                .then().statusCode(200).extract().jsonPath().getLong("total");
    }

    private static Response post(String authorization) {
        return given().header("Authorization", authorization).contentType(ContentType.JSON)
                .body(IncidentRequests.minimal("clifton-primary", "CYBERBULLYING")).post("/api/incidents");
    }
}
