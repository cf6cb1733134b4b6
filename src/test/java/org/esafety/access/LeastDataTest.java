package org.esafety.access;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.esafety.support.IncidentRequests;
import org.esafety.support.OwnCredentials;
import org.esafety.support.TestCredentials;

/**
 * Least data: incidents carrying marker strings in every free-text field (summary, url, party refs,
 * reportedBy.ref, closure and completion notes, case notes, addenda, reassessment reasons) go through intake,
 * repeats, conflicts, invalid requests,
 * refusals and changes; no marker may appear in the captured log output or in any error body.
 */
@QuarkusTest
@OwnCredentials
class LeastDataTest {

    private static final String MARK = "ZQXMARK";
    private final List<String> logged = new ArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            String message = record.getMessage();
            if (record.getParameters() != null) {
                for (Object p : record.getParameters()) {
                    message += " " + p;
                }
            }
            synchronized (logged) {
                logged.add(message + (record.getThrown() == null ? "" : " " + record.getThrown()));
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void capture() {
        Logger.getLogger("").addHandler(capture);
    }

    @AfterEach
    void release() {
        Logger.getLogger("").removeHandler(capture);
    }

    @Test
    void shouldKeepMarkedFreeTextOutOfLogsAndErrorBodies() {
        String dsl = TestCredentials.bearer(TestCredentials.apiKey("dsl", List.of("claines-primary")));
        String reporter = TestCredentials.bearer(TestCredentials.apiKey("reporter", List.of("claines-primary")));
        List<String> errorBodies = new ArrayList<>();

        Map<String, Object> body = marked();
        Response created = post(dsl, body);
        assertEquals(201, created.statusCode());
        String id = created.path("id");
        assertEquals(200, post(dsl, body).statusCode(), "a repeat");

        Map<String, Object> changed = new LinkedHashMap<>(body);
        changed.put("summary", MARK + " changed summary");
        errorBodies.add(expect(409, post(dsl, changed)));
        errorBodies.add(expect(409, post(reporter, body)));

        Map<String, Object> invalid = marked();
        invalid.put("url", MARK + " not a url");
        invalid.put("unknownField", MARK);
        errorBodies.add(expect(400, post(dsl, invalid)));
        Map<String, Object> badEnum = marked();
        badEnum.put("category", MARK);
        errorBodies.add(expect(400, post(dsl, badEnum)));
        Map<String, Object> longRef = marked();
        longRef.put("externalRef", MARK + "x".repeat(200));
        errorBodies.add(expect(400, post(dsl, longRef)));
        errorBodies.add(expect(400, given().header("Authorization", dsl).contentType(ContentType.JSON)
                .body("{\"summary\": \"" + MARK + "\" broken").post("/api/incidents")));
        Map<String, Object> elsewhere = marked();
        elsewhere.put("schoolId", "offord-primary");
        errorBodies.add(expect(403, post(dsl, elsewhere)));

        String action = given().header("Authorization", dsl).get("/api/incidents/" + id).path("actions[0].id");
        errorBodies.add(expect(400, given().header("Authorization", dsl).contentType(ContentType.JSON)
                .body(Map.of("outcome", "NOT_REQUIRED", "completedBy", MARK, "note", MARK)).post("/api/actions/" + action + "/completion")));
        given().header("Authorization", dsl).contentType(ContentType.JSON)
                .body(Map.of("completedBy", MARK + " teacher", "note", MARK + " note"))
                .post("/api/actions/" + action + "/completion").then().statusCode(200);
        errorBodies.add(expect(409, given().header("Authorization", dsl).contentType(ContentType.JSON)
                .body(Map.of("closedBy", MARK, "note", MARK)).post("/api/incidents/" + id + "/closure")));
        errorBodies.add(expect(400, given().header("Authorization", dsl).contentType(ContentType.JSON)
                .body(Map.of("parties", List.of(Map.of("role", "VICTIM", "kind", MARK, "ref", MARK))))
                .post("/api/incidents/" + id + "/reassessment")));
        given().header("Authorization", dsl).contentType(ContentType.JSON)
                .body(Map.of("kind", "CALL", "text", MARK + " case note")).post("/api/incidents/" + id + "/notes")
                .then().statusCode(201);
        errorBodies.add(expect(400, given().header("Authorization", dsl).contentType(ContentType.JSON)
                .body(Map.of("kind", MARK, "text", MARK)).post("/api/incidents/" + id + "/notes")));
        given().header("Authorization", dsl).contentType(ContentType.JSON)
                .body(Map.of("text", MARK + " addendum", "externalReference", "REF-1"))
                .post("/api/actions/" + action + "/addenda").then().statusCode(201);
        errorBodies.add(expect(400, given().header("Authorization", dsl).contentType(ContentType.JSON)
                .body(Map.of("category", "GROOMING_OR_SEXUAL_EXPLOITATION", "reason", " ", "reassessedBy", MARK))
                .post("/api/incidents/" + id + "/reassessment")));
        given().header("Authorization", dsl).contentType(ContentType.JSON)
                .body(Map.of("category", "GROOMING_OR_SEXUAL_EXPLOITATION", "reason", MARK + " reason"))
                .post("/api/incidents/" + id + "/reassessment").then().statusCode(200);

        List<String> audit = given().header("Authorization", TestCredentials.bearer(
                        TestCredentials.apiKey("auditor", List.of("claines-primary"))))
                .queryParam("incidentId", id).get("/api/audit").then().statusCode(200).extract().jsonPath()
                .getList("items.actor");
        assertTrue(audit.stream().noneMatch(a -> a.contains(MARK)), "audit actors: " + audit);

        List<String> leaks = errorBodies.stream().filter(b -> b.contains(MARK)).toList();
        assertEquals(List.of(), leaks, "error bodies quoting free text");
        synchronized (logged) {
            assertTrue(logged.size() > 0, "the log was captured");
            assertEquals(List.of(), logged.stream().filter(l -> l.contains(MARK)).toList(), "log lines with free text");
        }
    }

    private static Map<String, Object> marked() {
        Map<String, Object> body = IncidentRequests.sharingNudes();
        body.put("summary", MARK + " summary naming a child");
        body.put("url", "https://example.org/" + MARK);
        body.put("reportedBy", Map.of("role", "CLASS_TEACHER", "ref", MARK + "-staff"));
        body.put("parties", List.of(IncidentRequests.party("INSTIGATOR", "CHILD", 15, MARK + "-pupil-1"),
                IncidentRequests.party("VICTIM", "CHILD", 15, MARK + "-pupil-2")));
        return body;
    }

    private static Response post(String authorization, Map<String, Object> body) {
        return given().header("Authorization", authorization).contentType(ContentType.JSON).body(body)
                .post("/api/incidents");
    }

    private static String expect(int status, Response response) {
        assertEquals(status, response.statusCode(), response.asString());
        return response.asString();
    }
}
