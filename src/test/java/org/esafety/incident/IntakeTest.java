package org.esafety.incident;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import org.esafety.action.Decision;
import org.esafety.action.DecisionService;
import org.esafety.action.IncidentInstruction;
import org.esafety.action.RequiredAction;
import org.esafety.audit.AuditEntry;
import org.esafety.policy.IncidentFacts;
import org.esafety.rules.ActionCatalogue;
import org.esafety.rules.RuleCompiler;
import org.esafety.school.School;
import org.esafety.support.DefaultCredentials;
import org.esafety.support.IncidentRequests;

/** {@code POST /api/incidents} and {@code GET /api/incidents/{id}}: the view, idempotency, deadlines and order. */
@QuarkusTest
class IntakeTest {

    private static final List<String> VIEW_KEYS = List.of("id", "schoolId", "source", "externalRef", "reportedAt",
            "occurredAt", "receivedAt", "category", "reportedLegality", "reportedBy", "parties", "circumstances", "url",
            "summary", "dslAssessment", "externalOutcome", "status", "assessment", "actions", "instructions");
    private static final List<String> ACTION_KEYS = List.of("id", "code", "title", "responsible", "deadline", "dueAt",
            "order", "status", "overdue", "rules", "sources", "contact", "completedAt", "completedBy", "outcome", "note",
            "rationale", "externalReference", "supersededBy");
    private static final Set<String> FLAGS = Set.of("immediateDanger", "outsideSchool", "parentsInvolved", "deliberate",
            "reportedPromptly", "repeated", "threatsOrHarassment", "coercionOrBlackmail", "extremeOrObscene",
            "unusualOrViolentSexualActs", "capacityToConsentConcern", "riskOfSignificantHarm", "radicalisationConcern",
            "harmThresholdMet", "personalDataInvolved", "riskToIndividuals", "highRiskToIndividuals", "schoolDevice",
            "schoolPublishedContent", "parentContactRisk", "aiGeneratedOrAltered");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/api/incidents")
    URI incidentsUri;

    @Test
    void shouldAnswer201WithLocationAndTheViewOfTheContract() {
        Map<String, Object> body = IncidentRequests.sharingNudes();

        Response response = post(body);

        response.then().statusCode(201).contentType(ContentType.JSON);
        JsonPath view = response.jsonPath();
        String id = view.getString("id");
        UUID.fromString(id);
        response.then().header("Location", endsWith("/api/incidents/" + id));
        Map<String, Object> top = view.getMap("");
        for (String key : VIEW_KEYS) {
            assertTrue(top.containsKey(key), "the view lacks " + key);
        }
        assertEquals("claines-primary", view.getString("schoolId"));
        assertEquals("cpoms", view.getString("source"));
        assertEquals(body.get("externalRef"), view.getString("externalRef"));
        assertEquals("2026-11-20T10:30:00Z", view.getString("reportedAt"));
        assertEquals("2026-11-20T10:15:00Z", view.getString("occurredAt"));
        assertNotNull(Instant.parse(view.getString("receivedAt")));
        assertEquals("SHARING_NUDES", view.getString("category"));
        assertNull(view.get("reportedLegality"));
        assertEquals(Map.of("role", "CLASS_TEACHER", "ref", "staff-17"), view.getMap("reportedBy"));
        assertNull(view.get("url"));
        assertNull(view.get("dslAssessment"));
        assertNull(view.get("externalOutcome"));
        assertEquals("OPEN", view.getString("status"));
        assertPartiesEchoed(body, view);
        assertCircumstancesEchoed(body, view);

        assertEquals("INAPPROPRIATE", view.getString("assessment.legality"));
        assertEquals(rulesVersion(), view.getString("assessment.ruleSetVersion"));
        assertTrue(view.getString("assessment.ruleSetVersion").startsWith("sha256:"));
        assertNotNull(Instant.parse(view.getString("assessment.evaluatedAt")));
        assertFalse(view.getList("assessment.firedRules").isEmpty());

        List<Map<String, Object>> actions = view.getList("actions");
        assertFalse(actions.isEmpty());
        for (int i = 0; i < actions.size(); i++) {
            Map<String, Object> a = actions.get(i);
            for (String key : ACTION_KEYS) {
                assertTrue(a.containsKey(key), "action " + a.get("code") + " lacks " + key);
            }
            UUID.fromString((String) a.get("id"));
            assertEquals(i + 1, a.get("order"));
            assertEquals("OPEN", a.get("status"));
            assertNotBlank(a.get("code"));
            assertNotBlank(a.get("title"));
            assertNotBlank(a.get("responsible"));
            assertNotBlank(a.get("deadline"));
            assertNotNull(Instant.parse((String) a.get("dueAt")));
            assertFalse(((List<?>) a.get("rules")).isEmpty(), "rules of " + a.get("code"));
            assertFalse(((List<?>) a.get("sources")).isEmpty(), "sources of " + a.get("code"));
            assertNull(a.get("completedAt"));
            assertNull(a.get("supersededBy"));
        }
        assertTrue(codes(view).containsAll(List.of("REPORT_TO_DSL", "DSL_INITIAL_REVIEW", "LOG_INCIDENT")),
                "actions " + codes(view));
        List<Map<String, Object>> instructions = view.getList("instructions");
        assertTrue(instructions.stream().anyMatch(i -> i.get("code").equals("DO_NOT_VIEW_OR_COPY_IMAGES")));
        for (Map<String, Object> instruction : instructions) {
            assertNotBlank(instruction.get("text"));
            assertFalse(((List<?>) instruction.get("rules")).isEmpty());
            assertFalse(((List<?>) instruction.get("sources")).isEmpty());
        }
    }

    @Test
    void shouldStoreAndReturnTextExactlyAsSent() {
        Map<String, Object> body = IncidentRequests.sharingNudes();
        String summary = "  Ünïcödé ☃ — 😀 \"quoted\" <b>bold</b> & 'single' \\ back\nsecond line\ttab  ";
        body.put("source", "cpoms-ø");
        body.put("externalRef", "CP-ü-" + UUID.randomUUID());
        body.put("summary", summary);
        body.put("url", "https://www.example.com/path/a.png?q=a%20b&x=1#frag");
        body.put("reportedBy", new LinkedHashMap<>(Map.of("role", "Teacher – Year 6 ☃", "ref", "staff/17 ü")));
        party(body, 0).put("ref", "pupil-ß-881 ");

        Response created = post(body);
        created.then().statusCode(201);
        Response read = given().when().get("/api/incidents/" + created.jsonPath().getString("id"));

        for (JsonPath view : List.of(created.jsonPath(), read.jsonPath())) {
            assertEquals(summary, view.getString("summary"));
            assertEquals("cpoms-ø", view.getString("source"));
            assertEquals(body.get("externalRef"), view.getString("externalRef"));
            assertEquals(body.get("url"), view.getString("url"));
            assertEquals("Teacher – Year 6 ☃", view.getString("reportedBy.role"));
            assertEquals("staff/17 ü", view.getString("reportedBy.ref"));
            assertEquals("pupil-ß-881 ", view.getString("parties[0].ref"));
        }
    }

    @Test
    void shouldReturnTheSameViewOnGet() {
        Response created = post(IncidentRequests.suspectedIllegalMaterial());
        created.then().statusCode(201);
        String id = created.jsonPath().getString("id");

        Response read = given().when().get("/api/incidents/" + id);

        read.then().statusCode(200).contentType(ContentType.JSON).body("id", equalTo(id));
        assertEquals(created.jsonPath().getMap(""), read.jsonPath().getMap(""));
    }

    @Test
    void shouldAnswerTheLocationHeader() {
        Response created = post(IncidentRequests.minimal("clifton-high", "CYBERBULLYING"));
        created.then().statusCode(201);

        URI location = URI.create(created.getHeader("Location"));

        given().when().get(location.getPath()).then().statusCode(200)
                .body("id", equalTo(created.jsonPath().getString("id")));
    }

    @Test
    void shouldAnswer404ProblemForAnUnknownId() {
        String body = given().when().get("/api/incidents/" + UUID.randomUUID())
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:esafety:problem:not-found"))
                .body("status", equalTo(404))
                .body("$", not(hasKey("violations")))
                .extract().asString();
        IntakeValidationTest.assertNoInternals(body);
    }

    @Test
    void shouldAnswer404ProblemForAMalformedId() {
        String body = given().when().get("/api/incidents/not-a-uuid")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:esafety:problem:not-found"))
                .extract().asString();
        IntakeValidationTest.assertNoInternals(body);
    }

    @Test
    void shouldAnswerARepeatWith200AndTheStoredIncidentChangingNothing() {
        Map<String, Object> body = IncidentRequests.sharingNudes();
        Response first = post(body);
        first.then().statusCode(201);
        Rows before = Rows.now();

        Response repeat = post(body);

        repeat.then().statusCode(200).contentType(ContentType.JSON);
        assertEquals(first.jsonPath().getMap(""), repeat.jsonPath().getMap(""));
        assertEquals(before, Rows.now());
    }

    @Test
    void shouldAnswerARepeatWithTheStoredIncidentEvenWhenTheRulesNoLongerDecideIt() {
        // Intake decides before its transaction; rules reloaded since the first report may fail on it.
        Map<String, Object> body = IncidentRequests.sharingNudes();
        Response first = post(body);
        first.then().statusCode(201);
        QuarkusMock.installMockForType(new Undecided(), DecisionService.class);
        Rows before = Rows.now();

        Response repeat = post(body);

        repeat.then().statusCode(200).contentType(ContentType.JSON);
        assertEquals(first.jsonPath().getMap(""), repeat.jsonPath().getMap(""));
        assertEquals(before, Rows.now());
    }

    /** Rules that decide nothing. */
    static final class Undecided extends DecisionService {
        Undecided() {
            super(null, null, null, new SimpleMeterRegistry());
        }

        @Override
        public Decision decide(IncidentFacts facts, School school, Instant awareness) {
            throw new IllegalStateException("the rule set concluded no legality");
        }
    }

    @Test
    void shouldMatchARetryThatAgainOmitsReportedAt() {
        Map<String, Object> body = IncidentRequests.minimal("claines-primary", "CYBERBULLYING");
        body.remove("reportedAt");
        Response first = post(body);
        first.then().statusCode(201);
        Rows before = Rows.now();

        Response retry = post(body);

        retry.then().statusCode(200)
                .body("id", equalTo(first.jsonPath().getString("id")))
                .body("reportedAt", equalTo(first.jsonPath().getString("receivedAt")));
        assertEquals(first.jsonPath().getMap(""), retry.jsonPath().getMap(""));
        assertEquals(before, Rows.now());
    }

    @Test
    void shouldAnswer409ForADifferentBodyUnderTheSameKey() {
        Map<String, Object> body = IncidentRequests.sharingNudes();
        post(body).then().statusCode(201);
        Rows before = Rows.now();
        body.put("summary", "A different account of the same incident");

        String problem = post(body).then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:esafety:problem:conflict"))
                .body("status", equalTo(409))
                .extract().asString();

        IntakeValidationTest.assertNoInternals(problem);
        assertEquals(before, Rows.now());
    }

    @Test
    void shouldTreatTheSameReferenceAtAnotherSchoolAsAnotherIncident() {
        Map<String, Object> claines = IncidentRequests.minimal("claines-primary", "CYBERBULLYING");
        Map<String, Object> offord = new LinkedHashMap<>(claines);
        offord.put("schoolId", "offord-primary");

        String first = post(claines).then().statusCode(201).extract().path("id");
        String second = post(offord).then().statusCode(201).extract().path("id");

        assertFalse(first.equals(second));
    }

    @Test
    void shouldCreateExactlyOneIncidentFromOneHundredConcurrentCopies() throws Exception {
        Map<String, Object> body = IncidentRequests.sharingNudes();
        HttpRequest request = HttpRequest.newBuilder(incidentsUri)
                .header("Authorization", DefaultCredentials.as("dsl"))
                .header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build();
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        ExecutorService pool = Executors.newFixedThreadPool(20);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> futures = new ArrayList<>();
        try {
            for (int i = 0; i < 100; i++) {
                Callable<HttpResponse<String>> send = () -> {
                    start.await();
                    return client.send(request, HttpResponse.BodyHandlers.ofString());
                };
                futures.add(pool.submit(send));
            }
            start.countDown();
            List<HttpResponse<String>> responses = new ArrayList<>();
            for (Future<HttpResponse<String>> f : futures) {
                responses.add(f.get(120, TimeUnit.SECONDS));
            }

            Map<Integer, Long> statuses = responses.stream()
                    .collect(Collectors.groupingBy(HttpResponse::statusCode, Collectors.counting()));
            assertEquals(Set.of(200, 201), statuses.keySet(), "statuses " + statuses);
            assertEquals(1L, statuses.get(201), "statuses " + statuses);
            Set<String> ids = responses.stream().map(r -> JsonPath.from(r.body()).getString("id")).collect(Collectors.toSet());
            assertEquals(1, ids.size(), "ids " + ids);
            UUID id = UUID.fromString(ids.iterator().next());
            long rows = QuarkusTransaction.requiringNew().call(() -> Incident.count(
                    "schoolId = ?1 and source = ?2 and externalRef = ?3", "claines-primary", "cpoms", body.get("externalRef")));
            assertEquals(1, rows);
            int shown = JsonPath.from(responses.get(0).body()).getList("actions").size();
            assertEquals(shown, QuarkusTransaction.requiringNew().call(() -> RequiredAction.count("incidentId", id)));
            assertEquals(1L, QuarkusTransaction.requiringNew().call(() -> Evaluation.count("incidentId", id)));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void shouldCountDeadlinesFromReportedAtOnAFridayAfternoon() {
        // A member of staff messaging a pupil privately: LADO referral next working day (Friday -> Monday).
        Map<String, Object> body = IncidentRequests.minimal("national-default", "INAPPROPRIATE_COMMUNICATION");
        body.put("reportedAt", "2026-11-20T15:30:00Z");
        body.put("parties", List.of(IncidentRequests.party("INSTIGATOR", "STAFF", null, "staff-9"),
                IncidentRequests.party("VICTIM", "CHILD", 14, "pupil-3")));

        JsonPath view = post(body).then().statusCode(201).extract().jsonPath();

        assertAction(view, "REPORT_TO_DSL", "IMMEDIATE", "2026-11-20T16:30:00Z");
        assertAction(view, "LOG_INCIDENT", "SAME_DAY", "2026-11-20T23:59:59Z");
        assertAction(view, "REFER_TO_LADO", "ONE_WORKING_DAY", "2026-11-23T15:30:00Z");
        assertAction(view, "REVIEW_POLICIES_AND_FILTERING", "WORKING_DAYS_5", "2026-11-27T17:00:00Z");
    }

    @Test
    void shouldCountDeadlinesInLocalTimeDuringSummerTime() {
        // Friday 10 July 2026, 10:00 in London (BST, UTC+1).
        Map<String, Object> body = IncidentRequests.minimal("claines-primary", "CYBERBULLYING");
        body.put("reportedAt", "2026-07-10T09:00:00Z");

        JsonPath view = post(body).then().statusCode(201).extract().jsonPath();

        assertAction(view, "REPORT_TO_DSL", "IMMEDIATE", "2026-07-10T10:00:00Z");
        assertAction(view, "LOG_INCIDENT", "SAME_DAY", "2026-07-10T22:59:59Z");
        assertAction(view, "REVIEW_POLICIES_AND_FILTERING", "WORKING_DAYS_5", "2026-07-17T16:00:00Z");
    }

    @Test
    void shouldOrderActionsByBandThenDueThenCodeWithTheEmergencyFirst() {
        Map<String, Object> body = IncidentRequests.suspectedIllegalMaterial();
        body.put("reportedAt", "2026-11-20T15:30:00Z");
        body.put("url", "https://bad.example.com/x");
        body.put("parties", List.of(IncidentRequests.party("INSTIGATOR", "UNKNOWN_EXTERNAL", null, null),
                IncidentRequests.party("VICTIM", "CHILD", 14, "pupil-1")));
        body.put("circumstances", Map.of("immediateDanger", true));

        JsonPath view = post(body).then().statusCode(201).extract().jsonPath();

        List<Map<String, Object>> actions = view.getList("actions");
        assertEquals("CALL_EMERGENCY_SERVICES", actions.get(0).get("code"));
        assertAction(view, "CALL_EMERGENCY_SERVICES", "EMERGENCY", "2026-11-20T15:30:00Z");
        assertEquals(1, actions.get(0).get("order"));
        ActionCatalogue catalogue = RuleCompiler.compile(Path.of("rules"), Instant.now()).catalogue();
        Comparator<Map<String, Object>> policyOrder = Comparator
                .comparingInt((Map<String, Object> a) -> catalogue.action((String) a.get("code")).orElseThrow().band())
                .thenComparing(a -> Instant.parse((String) a.get("dueAt")))
                .thenComparing(a -> (String) a.get("code"));
        assertEquals(actions.stream().sorted(policyOrder).map(a -> a.get("code")).toList(), codes(view));
        for (int i = 0; i < actions.size(); i++) {
            assertEquals(i + 1, actions.get(i).get("order"));
        }
        List<String> codes = codes(view);
        assertTrue(codes.indexOf("INFORM_PARENTS") > codes.indexOf("REFER_TO_POLICE"), "parents after referrals: " + codes);
        assertTrue(codes.indexOf("INFORM_PARENTS") > codes.indexOf("REFER_TO_CHILDRENS_SOCIAL_CARE"), codes.toString());
    }

    // --- helpers

    private static Response post(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).when().post("/api/incidents");
    }

    private static String rulesVersion() {
        return given().header("Authorization", DefaultCredentials.as("auditor")).when().get("/api/rules").then().statusCode(200).extract().path("version");
    }

    private static List<String> codes(JsonPath view) {
        return view.getList("actions.code");
    }

    private static void assertAction(JsonPath view, String code, String deadline, String dueAt) {
        List<Map<String, Object>> matching = view.<Map<String, Object>>getList("actions").stream()
                .filter(a -> code.equals(a.get("code"))).toList();
        assertEquals(1, matching.size(), code + " among " + codes(view));
        assertEquals(deadline, matching.get(0).get("deadline"), code + " deadline");
        assertEquals(dueAt, matching.get(0).get("dueAt"), code + " dueAt");
    }

    private static void assertNotBlank(Object value) {
        assertTrue(value instanceof String s && !s.isBlank(), "blank: " + value);
    }

    /** Every key sent has the value sent; every other key of the party view is null. */
    @SuppressWarnings("unchecked")
    private static void assertPartiesEchoed(Map<String, Object> body, JsonPath view) {
        List<Map<String, Object>> sent = (List<Map<String, Object>>) body.get("parties");
        List<Map<String, Object>> shown = view.getList("parties");
        assertEquals(sent.size(), shown.size());
        for (int i = 0; i < sent.size(); i++) {
            assertEquals(Set.of("role", "kind", "staffRole", "age", "ref", "agencyOrContractor"), shown.get(i).keySet());
            for (Map.Entry<String, Object> e : shown.get(i).entrySet()) {
                assertEquals(sent.get(i).get(e.getKey()), e.getValue(), "parties[" + i + "]." + e.getKey());
            }
        }
    }

    /** The flags sent as sent; every other flag of decision-table §1 null (unknown). */
    @SuppressWarnings("unchecked")
    private static void assertCircumstancesEchoed(Map<String, Object> body, JsonPath view) {
        Map<String, Object> sent = (Map<String, Object>) body.get("circumstances");
        Map<String, Object> shown = view.getMap("circumstances");
        assertEquals(FLAGS, shown.keySet());
        for (String flag : FLAGS) {
            assertEquals(sent.get(flag), shown.get(flag), "circumstances." + flag);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> party(Map<String, Object> body, int index) {
        return ((List<Map<String, Object>>) body.get("parties")).get(index);
    }

    /** Row counts of everything intake writes. */
    record Rows(long incidents, long actions, long evaluations, long instructions, long audit) {
        static Rows now() {
            return QuarkusTransaction.requiringNew().call(() -> new Rows(Incident.count(), RequiredAction.count(),
                    Evaluation.count(), IncidentInstruction.count(), AuditEntry.count()));
        }
    }
}
