package org.esafety.access;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.esafety.support.IncidentRequests;
import org.esafety.support.OwnCredentials;
import org.esafety.support.TestCredentials;

/**
 * The role × endpoint matrix of the README, as one table: 401 without credentials, 403 for a wrong role,
 * 404 across schools, 2xx where allowed. Every principal is bound to school A only; incident B and its
 * action belong to school B.
 */
@QuarkusTest
@OwnCredentials
class AccessMatrixTest {

    static final String A = "clifton-primary";
    static final String B = "offord-primary";
    static final String NO_JOB = "0b6f0000-0000-4000-8000-000000000018";
    static final List<String> WHO = List.of("none", "reporter", "dsl", "auditor", "admin");
    /** A pupil of school A whose file is exported once before the matrix runs. */
    static final String PUPIL = "pupil-matrix-file";

    /** method, path, body kind, then the expected status for none, reporter, dsl, auditor, admin. */
    static Stream<Object[]> matrix() {
        return Stream.of(
                row("GET", "/api/schools", null, 401, 200, 200, 200, 200),
                row("GET", "/api/schools/" + A, null, 401, 200, 200, 200, 200),
                row("GET", "/api/schools/" + B, null, 401, 404, 404, 404, 404),
                row("GET", "/api/incidents", null, 401, 200, 200, 200, 403),
                row("POST", "/api/incidents", "newA", 401, 201, 201, 403, 403),
                row("POST", "/api/incidents", "newB", 401, 403, 403, 403, 403),
                row("POST", "/api/evaluations", "newA", 401, 200, 200, 403, 403),
                row("POST", "/api/evaluations", "newB", 401, 403, 403, 403, 403),
                row("GET", "/api/incidents/{A}", null, 401, 404, 200, 200, 403),
                row("GET", "/api/incidents/{B}", null, 401, 404, 404, 404, 403),
                row("GET", "/api/incidents/{A}/evaluations", null, 401, 403, 200, 200, 403),
                row("GET", "/api/incidents/{B}/evaluations", null, 401, 403, 404, 404, 403),
                row("POST", "/api/incidents/{B}/reassessment", "facts", 401, 403, 404, 403, 403),
                row("POST", "/api/incidents/{B}/closure", "closure", 401, 403, 404, 403, 403),
                row("GET", "/api/actions", null, 401, 403, 200, 200, 403),
                row("POST", "/api/actions/{actionB}/completion", "done", 401, 404, 404, 403, 403),
                row("POST", "/api/actions/{actionB}/addenda", "addendum", 401, 403, 404, 403, 403),
                row("POST", "/api/incidents/{B}/notes", "note", 401, 403, 404, 403, 403),
                row("GET", "/api/incidents/{A}/notes", null, 401, 403, 200, 200, 403),
                row("GET", "/api/incidents/{B}/notes", null, 401, 403, 404, 404, 403),
                row("GET", "/api/pupils/pupil-1/chronology?schoolId=" + A, null, 401, 403, 200, 403, 403),
                row("GET", "/api/pupils/pupil-1/chronology?schoolId=" + B, null, 401, 403, 200, 403, 403),
                row("GET", "/api/incidents?q=x&legality=ILLEGAL&overdue=true&pupil=pupil-1&sort=OLDEST", null, 401, 200,
                        200, 200, 403),
                row("POST", "/api/pupils/" + PUPIL + "/file?schoolId=" + A, "export", 401, 403, 201, 403, 403),
                row("POST", "/api/pupils/" + PUPIL + "/file?schoolId=" + B, "export", 401, 403, 403, 403, 403),
                row("GET", "/api/pupils/" + PUPIL + "/file/exports?schoolId=" + A, null, 401, 403, 200, 403, 403),
                row("GET", "/api/pupils/" + PUPIL + "/file/exports/{export}/archive", null, 401, 403, 200, 403, 403),
                row("POST", "/api/pupils/" + PUPIL + "/file/exports/{export}/receipt", "receipt", 401, 403, 200, 403,
                        403),
                row("POST", "/api/transfer/verification", "archive", 401, 403, 200, 200, 403),
                row("GET", "/api/reports/summary", null, 401, 403, 200, 200, 403),
                row("GET", "/api/reports/summary?schoolId=" + A + "&format=csv", null, 401, 403, 200, 200, 403),
                row("GET", "/api/reports/summary?schoolId=" + B, null, 401, 403, 403, 403, 403),
                row("GET", "/api/reports/inspection", null, 401, 403, 200, 200, 403),
                row("GET", "/api/reports/inspection?schoolId=" + A + "&format=pdf", null, 401, 403, 200, 200, 403),
                row("GET", "/api/reports/inspection?schoolId=" + B, null, 401, 403, 403, 403, 403),
                row("GET", "/api/rules", null, 401, 403, 403, 200, 403),
                row("GET", "/api/rules/files/sharing-nudes.drl", null, 401, 403, 403, 200, 403),
                row("GET", "/api/audit", null, 401, 403, 403, 200, 403),
                row("GET", "/api/audit/verification", null, 401, 403, 403, 200, 403),
                row("POST", "/api/rules/reload", null, 401, 403, 403, 403, 200),
                row("POST", "/api/admin/rules/reload", null, 401, 403, 403, 403, 200),
                // The test service has no candidate rule folder: the admin's start gets as far as compiling it (422).
                row("POST", "/api/admin/rules/impact", null, 401, 403, 403, 403, 422),
                row("POST", "/api/admin/rules/impact", "impact", 401, 403, 403, 403, 422),
                row("GET", "/api/admin/rules/impact", null, 401, 403, 403, 200, 200),
                row("GET", "/api/admin/rules/impact/" + NO_JOB, null, 401, 403, 403, 404, 404),
                row("GET", "/api/admin/rules/impact/" + NO_JOB + "?format=csv", null, 401, 403, 403, 404, 404),
                row("DELETE", "/api/admin/rules/impact/" + NO_JOB, null, 401, 403, 403, 403, 404),
                row("POST", "/api/alerts/monitor", "alert", 401, 403, 403, 403, 403),
                row("POST", "/api/alerts/senso", "senso", 401, 403, 403, 403, 403),
                row("POST", "/api/alerts/generic", "generic", 401, 403, 403, 403, 403),
                row("GET", "/api/alerts", null, 401, 403, 200, 200, 200),
                row("GET", "/api/alerts?schoolId=" + A + "&status=NEW", null, 401, 403, 200, 200, 200),
                row("GET", "/api/alerts?schoolId=" + B, null, 401, 403, 403, 403, 403),
                row("GET", "/api/alerts/{alertA}", null, 401, 403, 200, 200, 200),
                row("GET", "/api/alerts/{alertB}", null, 401, 403, 404, 404, 404),
                row("POST", "/api/alerts/{alertB}/promote", "promote", 401, 403, 404, 403, 403),
                row("POST", "/api/alerts/{alertB}/dismiss", "dismissal", 401, 403, 404, 403, 403),
                row("GET", "/api/admin/users", null, 401, 403, 403, 403, 200),
                row("GET", "/api/admin/api-keys", null, 401, 403, 403, 403, 200),
                row("POST", "/api/admin/api-keys", "key", 401, 403, 403, 403, 201),
                row("GET", "/api/admin/schools/" + A + "/webhooks", null, 401, 403, 403, 403, 200),
                row("GET", "/api/admin/schools/" + B + "/webhooks", null, 401, 403, 403, 403, 403),
                row("POST", "/api/admin/schools/" + A + "/webhooks", "webhook", 401, 403, 403, 403, 201),
                row("POST", "/api/admin/schools/" + B + "/webhooks", "webhook", 401, 403, 403, 403, 403),
                row("DELETE", "/api/admin/schools/" + A + "/webhooks/" + NO_JOB, null, 401, 403, 403, 403, 404),
                row("GET", "/api/admin/schools/" + A + "/webhooks/" + NO_JOB + "/deliveries", null, 401, 403, 403, 403,
                        404),
                row("GET", "/q/metrics", null, 401, 403, 403, 403, 403), // the global admin only: MetricsScopeTest
                row("GET", "/q/health/ready", null, 200, 200, 200, 200, 200),
                row("GET", "/q/health/live", null, 200, 200, 200, 200, 200),
                row("GET", "/q/openapi", null, 200, 200, 200, 200, 200));
    }

    private static Object[] row(String method, String path, String body, int... expected) {
        return new Object[] {method, path, body, expected};
    }

    private static Map<String, String> keys;
    private static String incidentA;
    private static String incidentB;
    private static String actionB;
    private static String exportA;
    private static byte[] archiveA;
    private static String alertA;
    private static String alertB;
    private static String integrationKey;

    @BeforeEach
    void principals() {
        if (keys != null) {
            return;
        }
        keys = Map.of("reporter", TestCredentials.bearer(TestCredentials.apiKey("reporter", List.of(A))),
                "dsl", TestCredentials.bearer(TestCredentials.apiKey("dsl", List.of(A))),
                "auditor", TestCredentials.bearer(TestCredentials.apiKey("auditor", List.of(A))),
                "admin", TestCredentials.bearer(TestCredentials.apiKey("admin", List.of(A))));
        incidentA = report(keys.get("dsl"), A).path("id");
        String dslB = TestCredentials.bearer(TestCredentials.apiKey("dsl", List.of(B)));
        Response b = report(dslB, B);
        incidentB = b.path("id");
        actionB = b.path("actions[0].id");
        Map<String, Object> pupils = IncidentRequests.minimal(A, "CYBERBULLYING");
        pupils.put("parties", List.of(IncidentRequests.party("VICTIM", "CHILD", 12, PUPIL)));
        given().header("Authorization", keys.get("dsl")).contentType(ContentType.JSON).body(pupils)
                .post("/api/incidents").then().statusCode(201);
        Response export = given().header("Authorization", keys.get("dsl")).contentType(ContentType.JSON)
                .body(body("export")).post("/api/pupils/" + PUPIL + "/file?schoolId=" + A).then().statusCode(201)
                .extract().response();
        exportA = export.path("id");
        integrationKey = TestCredentials.bearer(TestCredentials.apiKey("integration", List.of(A)));
        alertA = given().header("Authorization", integrationKey).contentType(ContentType.JSON).body(body("alert"))
                .post("/api/alerts/monitor").then().statusCode(201).extract().path("id");
        alertB = given().header("Authorization", TestCredentials.bearer(TestCredentials.apiKey("integration", List.of(B))))
                .contentType(ContentType.JSON).body(body("alert")).post("/api/alerts/monitor").then().statusCode(201)
                .extract().path("id");
        archiveA = given().header("Authorization", keys.get("dsl")).get(export.<String>path("archive")).then()
                .statusCode(200).extract().asByteArray();
    }

    @ParameterizedTest(name = "{0} {1} ({2})")
    @MethodSource("matrix")
    void shouldAnswerEachRoleAsTheMatrixSays(String method, String path, String body, int[] expected) {
        String resolved = resolve(path);
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < WHO.size(); i++) {
            String who = WHO.get(i);
            RequestSpecification request = given();
            if (!who.equals("none")) {
                request.header("Authorization", keys.get(who));
            }
            if ("archive".equals(body)) {
                request.contentType("application/zip").body(archiveA);
            } else if (body != null) {
                request.contentType(ContentType.JSON).body(body(body));
            }
            Response response = request.request(method, resolved);
            int status = response.statusCode();
            if (status != expected[i]) {
                wrong.add(who + ": " + status + " (expected " + expected[i] + ")");
            }
            if (status >= 400 && !resolved.startsWith("/q/")) {
                response.then().contentType(startsWith("application/problem+json")).body("status", equalTo(status));
            }
        }
        assertEquals(List.of(), wrong, method + " " + path);
    }

    /**
     * The integration role (a monitoring product's key, issue 19) may post alerts for its school and nothing else:
     * every other endpoint of the matrix answers it 403 (the public health and OpenAPI endpoints excepted).
     */
    @ParameterizedTest(name = "integration: {0} {1} ({2})")
    @MethodSource("matrix")
    void shouldLetTheIntegrationRoleOnlyPostAlerts(String method, String path, String body, int[] expected) {
        String resolved = resolve(path);
        int allowed = resolved.startsWith("/q/health") || resolved.equals("/q/openapi") ? 200
                : method.equals("POST") && resolved.matches("/api/alerts/(monitor|senso|generic)") ? 201 : 403;
        RequestSpecification request = given().header("Authorization", integrationKey);
        if ("archive".equals(body)) {
            request.contentType("application/zip").body(archiveA);
        } else if (body != null) {
            request.contentType(ContentType.JSON).body(body(body));
        }
        assertEquals(allowed, request.request(method, resolved).statusCode(), method + " " + path);
    }

    private static String resolve(String path) {
        return path.replace("{A}", incidentA).replace("{B}", incidentB).replace("{actionB}", actionB)
                .replace("{export}", exportA).replace("{alertA}", alertA).replace("{alertB}", alertB);
    }

    @Test
    void shouldShowAnAuditorTheIncidentWithoutPersonalData() {
        Map<String, Object> body = IncidentRequests.sharingNudes();
        body.put("schoolId", A);
        body.put("url", "https://example.org/post/1");
        String id = given().header("Authorization", keys.get("dsl")).contentType(ContentType.JSON).body(body)
                .post("/api/incidents").then().statusCode(201).extract().path("id");

        given().header("Authorization", keys.get("dsl")).get("/api/incidents/" + id).then().statusCode(200)
                .body("summary", equalTo(body.get("summary"))).body("parties[0].ref", equalTo("pupil-881"))
                .body("reportedBy.ref", equalTo("staff-17")).body("url", equalTo("https://example.org/post/1"));
        given().header("Authorization", keys.get("auditor")).get("/api/incidents/" + id).then().statusCode(200)
                .body("summary", nullValue()).body("url", nullValue())
                .body("parties.ref", equalTo(java.util.Arrays.asList(null, null)))
                .body("reportedBy.ref", nullValue()).body("reportedBy.role", equalTo("CLASS_TEACHER"))
                .body("category", equalTo("SHARING_NUDES")).body("actions.size()", equalTo(
                        given().header("Authorization", keys.get("dsl")).get("/api/incidents/" + id)
                                .then().extract().path("actions.size()")));
    }

    @Test
    void shouldLetAReporterReadOnlyWhatItReported() {
        String mine = report(keys.get("reporter"), A).path("id");
        given().header("Authorization", keys.get("reporter")).get("/api/incidents/" + mine).then().statusCode(200)
                .body("id", equalTo(mine));
        List<String> listed = given().header("Authorization", keys.get("reporter")).queryParam("size", 100)
                .get("/api/incidents").then().statusCode(200).extract().jsonPath().getList("items.id");
        assertEquals(List.of(mine), listed.stream().filter(x -> x.equals(mine) || x.equals(incidentA)).toList(),
                "a reporter lists its own incident and not the DSL's");
    }

    /** Issue 17, finding 7: {@code /api/schools} showed every school's inboxes and contacts to a principal of one. */
    @Test
    void shouldListOnlyThePrincipalsOwnSchoolProfiles() {
        for (String who : List.of("reporter", "dsl", "auditor", "admin")) {
            given().header("Authorization", keys.get(who)).get("/api/schools").then().statusCode(200)
                    .body("items.id", equalTo(List.of(A))).body("total", equalTo(1));
        }
    }

    @Test
    void shouldListOnlyThePrincipalsSchools() {
        for (String path : List.of("/api/incidents", "/api/actions")) {
            List<String> schools = given().header("Authorization", keys.get("dsl")).queryParam("size", 100)
                    .get(path).then().statusCode(200).extract().jsonPath().getList("items.schoolId");
            assertEquals(List.of(A), schools.stream().distinct().toList(), path);
            given().header("Authorization", keys.get("dsl")).queryParam("schoolId", B).get(path)
                    .then().statusCode(200).body("total", equalTo(0));
        }
    }

    @Test
    void shouldNeverCountAnotherSchoolsIncidentsInAReport() {
        String period = "from=2026-11-20&to=2026-11-20";
        for (String who : List.of("dsl", "auditor")) {
            int listed = given().header("Authorization", keys.get("dsl")).queryParam("size", 1)
                    .get("/api/incidents?from=2026-11-20T00:00:00Z&to=2026-11-21T00:00:00Z").then().statusCode(200)
                    .extract().path("total");
            given().header("Authorization", keys.get(who)).get("/api/reports/summary?" + period).then()
                    .statusCode(200).body("incidents.total", equalTo(listed));
            List<String> schools = given().header("Authorization", keys.get(who))
                    .get("/api/reports/inspection?" + period).then().statusCode(200).extract().jsonPath()
                    .getList("incidents.schoolId");
            assertEquals(List.of(A), schools.stream().distinct().toList(), who);
            List<String> ids = given().header("Authorization", keys.get(who))
                    .get("/api/reports/inspection?" + period).then().extract().jsonPath().getList("incidents.incidentId");
            assertEquals(false, ids.contains(incidentB), "school B's incident is never listed");
        }
    }

    @Test
    void shouldAnswerARepeatedKeyFromSomeoneWhoMayNotReadItWith409AndNoIncident() {
        Map<String, Object> body = IncidentRequests.minimal(A, "CYBERBULLYING");
        given().header("Authorization", keys.get("dsl")).contentType(ContentType.JSON).body(body)
                .post("/api/incidents").then().statusCode(201);
        given().header("Authorization", keys.get("reporter")).contentType(ContentType.JSON).body(body)
                .post("/api/incidents").then().statusCode(409)
                .contentType(startsWith("application/problem+json")).body("id", nullValue())
                .body("actions", nullValue());
    }

    private static Response report(String authorization, String school) {
        return given().header("Authorization", authorization).contentType(ContentType.JSON)
                .body(IncidentRequests.minimal(school, "CYBERBULLYING")).post("/api/incidents")
                .then().statusCode(201).extract().response();
    }

    private static Object body(String kind) {
        return switch (kind) {
            case "newA" -> IncidentRequests.minimal(A, "CYBERBULLYING");
            case "newB" -> IncidentRequests.minimal(B, "CYBERBULLYING");
            case "facts" -> Map.of("circumstances", Map.of("threatsOrHarassment", true));
            case "closure" -> Map.of();
            case "done" -> Map.of("outcome", "DONE");
            case "addendum" -> Map.of("text", "The police reference was POL-77, not POL-71");
            case "note" -> Map.of("kind", "CALL", "text", "Called the parent back");
            case "key" -> Map.of("name", "matrix", "role", "reporter", "schoolIds", List.of(A));
            // A loopback port nothing listens on: a test that runs the courier later fails fast to reach it.
            case "webhook" -> Map.of("url", "http://127.0.0.1:9/hooks", "events", List.of("incident.closed"));
            case "impact" -> Map.of("schoolId", A, "from", "2026-09-01", "to", "2026-12-31");
            case "export" -> Map.of("toSchool", "Matrix Academy", "reason", "The pupil moved");
            case "receipt" -> Map.of("receivedBy", "The receiving DSL");
            case "alert" -> Map.of("eventId", "MON-" + java.util.UUID.randomUUID(), "riskLevel", 2, "eventType",
                    "Bullying", "occurredAt", "2026-11-20T10:15:00Z");
            case "senso" -> Map.of("violationId", "SEN-" + java.util.UUID.randomUUID(), "severity", "LOW", "ruleSet",
                    "Safeguarding UK", "capturedAt", "2026-11-20T10:15:00Z");
            case "generic" -> Map.of("eventId", "GEN-" + java.util.UUID.randomUUID(), "level", 1, "eventType",
                    "Gambling", "occurredAt", "2026-11-20T10:15:00Z");
            case "promote" -> Map.of("category", "CYBERBULLYING", "parties",
                    List.of(IncidentRequests.party("VICTIM", "CHILD", 12, null)));
            case "dismissal" -> Map.of("reason", "False positive: a history essay on the Blitz");
            default -> throw new IllegalArgumentException(kind);
        };
    }
}
