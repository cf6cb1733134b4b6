package org.esafety.incident;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.esafety.support.Cases;
import org.esafety.support.DefaultCredentials;
import org.esafety.support.Lifecycle;
import org.esafety.support.MutableClock;

/**
 * Several people changing one incident at the same moment: every change either succeeds, one after
 * the other, or is refused with a 409 a client can act on; never a 500, never a forked audit chain.
 */
@QuarkusTest
class ConcurrentChangeTest {

    private final MutableClock clock = MutableClock.at("2026-11-20T10:45:00Z");

    @BeforeEach
    void installClock() {
        QuarkusMock.installMockForType(clock, Clock.class);
    }

    @Test
    void shouldCompleteEveryActionWhenAllAreCompletedAtOnce() throws Exception {
        JsonPath incident = Lifecycle.report(Cases.reportedIllegalUnsuitableContent());
        String id = incident.getString("id");
        List<String> actionIds = incident.getList("actions.id");
        List<Callable<Integer>> calls = new ArrayList<>();
        for (String actionId : actionIds) {
            calls.add(() -> given().contentType(ContentType.JSON).body(Map.of("completedBy", "staff-1"))
                    .post("/api/actions/" + actionId + "/completion").then().extract().statusCode());
        }
        List<Integer> statuses = runAtOnce(calls);

        assertTrue(statuses.stream().allMatch(s -> s == 200), "every completion succeeds: " + statuses);
        JsonPath after = Lifecycle.incident(id);
        assertEquals("ACTIONS_COMPLETE", after.getString("status"));
        assertTrue(after.getList("actions.status").stream().allMatch("DONE"::equals));
        verifiedAuditChain();
    }

    @Test
    void shouldAnswerCompletionAndReassessmentRacingOnOneIncidentWithoutServerErrors() throws Exception {
        JsonPath incident = Lifecycle.report(Cases.reportedIllegalUnsuitableContent());
        String id = incident.getString("id");
        List<String> actionIds = incident.getList("actions.id");
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            calls.add(() -> given().contentType(ContentType.JSON)
                    .body(Map.of("externalOutcome", "NO_ILLEGAL_ACTIVITY"))
                    .post("/api/incidents/" + id + "/reassessment").then().extract().statusCode());
        }
        for (String actionId : actionIds.subList(0, Math.min(4, actionIds.size()))) {
            calls.add(() -> given().contentType(ContentType.JSON).body(Map.of("completedBy", "staff-2"))
                    .post("/api/actions/" + actionId + "/completion").then().extract().statusCode());
        }
        List<Integer> statuses = runAtOnce(calls);

        // A completion may find its action superseded by a reassessment that ran first: 409, not 500.
        assertTrue(statuses.stream().allMatch(s -> s == 200 || s == 409), "only 200 or 409: " + statuses);
        assertTrue(statuses.stream().filter(s -> s == 200).count() >= 4, "the reassessments all succeed: " + statuses);
        verifiedAuditChain();
    }

    private static List<Integer> runAtOnce(List<Callable<Integer>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        try {
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(calls)) {
                statuses.add(f.get());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    private static void verifiedAuditChain() {
        given().header("Authorization", DefaultCredentials.as("auditor")).get("/api/audit/verification").then().statusCode(200)
                .body("verified", org.hamcrest.Matchers.is(true));
    }
}
