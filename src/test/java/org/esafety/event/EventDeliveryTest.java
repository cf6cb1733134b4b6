package org.esafety.event;

import static io.restassured.RestAssured.given;
import static org.esafety.support.Lifecycle.json;
import static org.esafety.support.Lifecycle.report;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasKey;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.esafety.reminder.ReminderJob;
import org.esafety.support.Cases;
import org.esafety.support.IncidentRequests;
import org.esafety.support.Lifecycle;
import org.esafety.support.MutableClock;
import org.esafety.support.TestCredentials;
import org.esafety.support.Views;

/**
 * Events out (issue 19, item 4): a school's webhook endpoints get one signed CloudEvent per change they subscribe to,
 * through the notification outbox — once across instances, retried after a failure — and never personal data.
 */
@QuarkusTest
@TestProfile(EventsProfile.class)
class EventDeliveryTest {

    private static final String SCHOOL = "claines-primary";
    private static final String OTHER = "clifton-primary";
    private static final String SUMMARY = "Alice Example sent Bob Example cruel messages";

    private static EventReceiver receiver;
    private static String clainesAdmin;
    private static String cliftonAdmin;

    @Inject
    ReminderJob job;

    private final MutableClock clock = MutableClock.at("2026-11-20T10:31:00Z");

    @BeforeAll
    static void startReceiver() {
        receiver = new EventReceiver();
    }

    @AfterAll
    static void stopReceiver() {
        receiver.close();
    }

    @BeforeEach
    void setUp() {
        QuarkusMock.installMockForType(clock, Clock.class);
        if (clainesAdmin == null) {
            clainesAdmin = TestCredentials.bearer(TestCredentials.apiKey("admin", List.of(SCHOOL)));
            cliftonAdmin = TestCredentials.bearer(TestCredentials.apiKey("admin", List.of(OTHER)));
        }
    }

    @Test
    void shouldSendOneSignedReportedEventToEachSubscribedEndpointOfTheSchoolOnly() {
        String path = "reported-" + UUID.randomUUID();
        String both = "both-" + UUID.randomUUID();
        String closedOnly = "closed-only-" + UUID.randomUUID();
        String otherSchool = "other-" + UUID.randomUUID();
        register(SCHOOL, path, List.of("incident.reported"));
        register(SCHOOL, both, List.of("incident.reported", "action.completed"));
        register(SCHOOL, closedOnly, List.of("incident.closed"));
        registerAs(cliftonAdmin, OTHER, otherSchool, List.of("incident.reported"), null);

        String id = reportWithPersonalData();
        job.runOnce("instance-a");

        String subject = "incidents/" + id;
        List<EventReceiver.Received> got = receiver.at(path, subject);
        List<EventReceiver.Received> gotBoth = receiver.at(both, subject);
        assertEquals(1, got.size(), "one event at the endpoint: " + got);
        assertEquals(1, gotBoth.size());
        assertEquals(List.of(), receiver.at(closedOnly, subject), "not subscribed to incident.reported");
        assertEquals(List.of(), receiver.at(otherSchool, subject), "another school's endpoint hears nothing");

        EventReceiver.Received r = got.get(0);
        assertTrue(r.validSignature(), "the signature verifies with the endpoint's secret");
        assertTrue(gotBoth.get(0).validSignature());
        assertTrue(r.contentType().startsWith("application/cloudevents+json"), r.contentType());
        JsonPath e = r.json();
        assertEquals("1.0", e.getString("specversion"));
        assertEquals("org.esafety.incident.reported", e.getString("type"));
        assertEquals(EventsProfile.PUBLIC_URL + "/api/schools/" + SCHOOL, e.getString("source"));
        assertEquals("application/json", e.getString("datacontenttype"));
        assertEquals(subject, e.getString("subject"));
        assertNotNull(e.getString("time"));
        assertEquals(e.getString("id"), gotBoth.get(0).json().getString("id"), "one event, one id, at every endpoint");
        assertEquals(e.getString("id"), r.ceId());
        assertFalse(r.deliveryId().equals(gotBoth.get(0).deliveryId()), "one delivery per endpoint");
        assertEquals(id, e.getString("data.incidentId"));
        assertEquals("CYBERBULLYING", e.getString("data.category"));
        assertEquals("INAPPROPRIATE", e.getString("data.legality"));
        assertEquals("OPEN", e.getString("data.status"));
        assertEquals(EventsProfile.PUBLIC_URL + "/api/incidents/" + id, e.getString("data.links.incident"));
        List<String> codes = e.getList("data.actions.code");
        assertEquals(Views.codes(Lifecycle.incident(id)).stream().sorted().toList(), codes.stream().sorted().toList());
        assertTrue(e.getList("data.actions.dueAt").stream().allMatch(d -> d != null));
        assertFalse(r.body().contains(SUMMARY), "no summary");
        assertFalse(r.body().contains("Alice") || r.body().contains("pupil-evt-"), "no name, no party ref: " + r.body());
        assertFalse(r.body().contains("summary") || r.body().contains("parties") || r.body().contains("externalRef"));
    }

    @Test
    void shouldRetryAFailingReceiverAfterTheBackOffAndDeliverOnce() {
        String path = "flaky-" + UUID.randomUUID();
        String endpoint = register(SCHOOL, path, List.of("incident.reported"));
        receiver.failFirst(path, 1);
        String id = reportWithPersonalData();
        String subject = "incidents/" + id;

        job.runOnce("instance-a");
        assertEquals(1, receiver.at(path, subject).size(), "first attempt made");
        deliveries(endpoint).body("[0].status", equalTo("PENDING")).body("[0].attempts", equalTo(1))
                .body("[0].lastFailure", equalTo("http 503"));
        job.runOnce("instance-a");
        assertEquals(1, receiver.at(path, subject).size(), "no retry before the back-off");

        clock.advance(Duration.ofMinutes(2));
        job.runOnce("instance-a");
        job.runOnce("instance-b");
        List<EventReceiver.Received> got = receiver.at(path, subject);
        assertEquals(2, got.size(), "retried once, then delivered: " + got);
        assertEquals(got.get(0).body(), got.get(1).body(), "the same CloudEvent on every attempt");
        assertEquals(got.get(0).deliveryId(), got.get(1).deliveryId());
        assertTrue(got.get(1).validSignature());
        deliveries(endpoint).body("[0].status", equalTo("DELIVERED")).body("[0].attempts", equalTo(2))
                .body("[0].type", equalTo("org.esafety.incident.reported"));
    }

    @Test
    void shouldDeliverEachEventOnceWhenTwoInstancesRunAtOnce() throws Exception {
        String path = "race-" + UUID.randomUUID();
        register(SCHOOL, path, List.of("incident.reported"));
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            ids.add(reportWithPersonalData());
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<ReminderJob.Run>> runs = new ArrayList<>();
            for (String owner : List.of("instance-a", "instance-b")) {
                runs.add(pool.submit(() -> {
                    start.await();
                    return job.runOnce(owner);
                }));
            }
            start.countDown();
            for (Future<ReminderJob.Run> run : runs) {
                run.get(120, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        for (String id : ids) {
            assertEquals(1, receiver.at(path, "incidents/" + id).size(), "incident " + id + " told once");
        }
    }

    @Test
    void shouldTellReassessmentCompletionAndClosure() {
        String path = "lifecycle-" + UUID.randomUUID();
        register(SCHOOL, path, List.of("incident.reassessed", "action.completed", "incident.closed"));
        String id = reportWithPersonalData();
        Lifecycle.reassess(id, json("circumstances", json("threatsOrHarassment", true)));
        List<String> actionIds = Views.withStatus(Lifecycle.incident(id), "OPEN").stream()
                .map(a -> (String) a.get("id")).toList();
        Lifecycle.completeAllOpen(id, "Mrs Example");
        Lifecycle.closure(id, json("closedBy", "Mrs Example", "note", "All done")).statusCode(200);
        job.runOnce("instance-a");

        String subject = "incidents/" + id;
        List<EventReceiver.Received> got = receiver.at(path, subject);
        assertTrue(got.stream().allMatch(EventReceiver.Received::validSignature));
        assertFalse(got.stream().anyMatch(r -> r.body().contains("Example") || r.body().contains("All done")),
                "no names, no notes");
        assertFalse(got.stream().anyMatch(r -> r.type().equals("org.esafety.incident.reported")), "not subscribed");

        List<EventReceiver.Received> reassessed = ofType(got, "org.esafety.incident.reassessed");
        assertEquals(1, reassessed.size());
        assertNotNull(reassessed.get(0).json().getString("data.evaluationId"));

        List<EventReceiver.Received> completed = ofType(got, "org.esafety.action.completed");
        assertEquals(actionIds.stream().sorted().toList(),
                completed.stream().map(r -> r.json().getString("data.actionId")).sorted().toList(),
                "one action.completed per action");
        JsonPath last = completed.stream().map(EventReceiver.Received::json)
                .filter(j -> "ACTIONS_COMPLETE".equals(j.getString("data.incidentStatus"))).findFirst().orElseThrow();
        assertEquals("DONE", last.getString("data.outcome"));
        assertTrue(last.getString("subject").startsWith(subject + "/actions/"));

        List<EventReceiver.Received> closed = ofType(got, "org.esafety.incident.closed");
        assertEquals(1, closed.size());
        assertEquals("CLOSED", closed.get(0).json().getString("data.status"));
        assertNotNull(closed.get(0).json().getString("data.closedAt"));
    }

    @Test
    void shouldTellANewMonitoringAlertWithoutItsText() {
        String path = "alert-" + UUID.randomUUID();
        register(SCHOOL, path, List.of("alert.received"));
        String text = "captured-" + UUID.randomUUID();
        Map<String, Object> alert = new java.util.LinkedHashMap<>();
        alert.put("eventId", "GEN-" + UUID.randomUUID());
        alert.put("level", 4);
        alert.put("callNow", false);
        alert.put("eventType", "Hate speech");
        alert.put("occurredAt", "2026-11-20T10:20:00Z");
        alert.put("userName", "Alex Doe");
        alert.put("userRef", "UPN-A123");
        alert.put("device", "iPad-3");
        alert.put("capturedText", text);
        alert.put("message", "message " + text);
        String integration = TestCredentials.bearer(TestCredentials.apiKey("integration", List.of(SCHOOL)));
        String alertId = io.restassured.RestAssured.given().header("Authorization", integration)
                .contentType(io.restassured.http.ContentType.JSON).body(alert).post("/api/alerts/generic")
                .then().statusCode(201).extract().path("id");
        io.restassured.RestAssured.given().header("Authorization", integration)
                .contentType(io.restassured.http.ContentType.JSON).body(alert).post("/api/alerts/generic")
                .then().statusCode(200); // the same event again: stored once, told once
        job.runOnce("instance-a");

        List<EventReceiver.Received> got = receiver.at(path, "alerts/" + alertId);
        assertEquals(1, got.size(), "one alert.received: " + got);
        EventReceiver.Received r = got.get(0);
        assertTrue(r.validSignature());
        assertEquals("org.esafety.alert.received", r.type());
        assertEquals(alertId, r.json().getString("data.alertId"));
        assertEquals("generic", r.json().getString("data.vendor"));
        assertEquals("4", r.json().getString("data.level"));
        assertFalse(r.body().contains(text) || r.body().contains("Alex") || r.body().contains("UPN-A123")
                || r.body().contains("iPad"), "no text, name, user or device: " + r.body());
    }

    @Test
    void shouldTellEachActionOverdueOnce() {
        String path = "overdue-" + UUID.randomUUID();
        register(SCHOOL, path, List.of("action.overdue"));
        String id = reportWithPersonalData();
        List<String> open = Views.withStatus(Lifecycle.incident(id), "OPEN").stream().map(a -> (String) a.get("id")).toList();

        clock.set("2026-12-20T09:00:00Z"); // every action overdue
        job.runOnce("instance-a");
        clock.advance(Duration.ofHours(3)); // escalation time: still one overdue event per action
        job.runOnce("instance-a");
        clock.advance(Duration.ofHours(3));
        job.runOnce("instance-a");

        List<EventReceiver.Received> got = receiver.at(path, "incidents/" + id);
        assertEquals(open.stream().sorted().toList(), got.stream().map(r -> r.json().getString("data.actionId")).sorted().toList(),
                "one action.overdue per open action: " + got.size());
        assertTrue(got.stream().allMatch(r -> r.type().equals("org.esafety.action.overdue") && r.validSignature()));
        assertTrue(got.stream().allMatch(r -> r.json().getString("data.dueAt") != null
                && r.json().getString("data.code") != null));
    }

    @Test
    void shouldRefuseUnsafeRegistrationsAndStoreNothing() {
        int before = webhooks(clainesAdmin, SCHOOL).size();
        given().header("Authorization", clainesAdmin).contentType(ContentType.JSON)
                .body(json("url", "http://school-mis.example.org/hooks", "events", List.of("incident.reported")))
                .when().post(webhooksPath(SCHOOL)).then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("url"));
        given().header("Authorization", clainesAdmin).contentType(ContentType.JSON)
                .body(json("url", "https://school-mis.example.org/hooks", "events", List.of("incident.reported"),
                        "secret", "too-short-a-secret"))
                .when().post(webhooksPath(SCHOOL)).then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("secret"));
        given().header("Authorization", clainesAdmin).contentType(ContentType.JSON)
                .body(json("url", "https://school-mis.example.org/hooks", "events", List.of("incident.reported", "incident.deleted")))
                .when().post(webhooksPath(SCHOOL)).then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("events[1]"));
        given().header("Authorization", cliftonAdmin).contentType(ContentType.JSON)
                .body(json("url", "https://school-mis.example.org/hooks", "events", List.of("incident.reported")))
                .when().post(webhooksPath(SCHOOL)).then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("urn:esafety:problem:forbidden"));
        given().header("Authorization", cliftonAdmin).when().get(webhooksPath(SCHOOL)).then().statusCode(403);
        given().header("Authorization", TestCredentials.bearer(TestCredentials.apiKey("dsl", List.of(SCHOOL))))
                .contentType(ContentType.JSON)
                .body(json("url", "https://school-mis.example.org/hooks", "events", List.of("incident.reported")))
                .when().post(webhooksPath(SCHOOL)).then().statusCode(403);
        assertEquals(before, webhooks(clainesAdmin, SCHOOL).size(), "nothing stored");
    }

    @Test
    void shouldShowTheSecretOnceAndStopSendingOnceDisabled() {
        String path = "disabled-" + UUID.randomUUID();
        String secret = "a-secret-of-our-own-that-is-long-enough-" + UUID.randomUUID();
        var answer = given().header("Authorization", clainesAdmin).contentType(ContentType.JSON)
                .body(json("url", "https://mis.example.org/hooks", "events", List.of("incident.reported")))
                .when().post(webhooksPath(SCHOOL)).then().statusCode(201).extract();
        JsonPath created = answer.jsonPath();
        assertTrue(answer.header("Location").endsWith(webhooksPath(SCHOOL) + "/" + created.getString("id")));
        assertTrue(created.getString("secret").length() >= 43, "a generated secret of 32 bytes");
        given().header("Authorization", clainesAdmin).when().delete(webhooksPath(SCHOOL) + "/" + created.getString("id"))
                .then().statusCode(200);
        String endpoint = registerAs(clainesAdmin, SCHOOL, path, List.of("incident.reported"), secret);
        given().header("Authorization", clainesAdmin).when().get(webhooksPath(SCHOOL)).then().statusCode(200)
                .body("find { it.id == '" + endpoint + "' }", not(hasKey("secret")))
                .body("find { it.id == '" + endpoint + "' }.events", equalTo(List.of("incident.reported")));
        given().header("Authorization", clainesAdmin).contentType(ContentType.JSON)
                .body(json("url", receiver.url(path + "-again"), "events", List.of("incident.reported"), "secret", secret))
                .when().post(webhooksPath(SCHOOL)).then().statusCode(400).body("violations[0].field", equalTo("secret"));

        String before = reportWithPersonalData();
        given().header("Authorization", clainesAdmin).when().delete(webhooksPath(SCHOOL) + "/" + endpoint)
                .then().statusCode(200).body("disabledAt", org.hamcrest.Matchers.notNullValue());
        String after = reportWithPersonalData();
        job.runOnce("instance-a");

        assertEquals(0, receiver.at(path, "incidents/" + after).size(), "nothing for a disabled endpoint");
        assertEquals(0, receiver.at(path, "incidents/" + before).size(), "recorded before, cancelled at sending time");
        deliveries(endpoint).body("", hasSize(1)).body("[0].status", equalTo("CANCELLED"));
        given().header("Authorization", cliftonAdmin).when().delete(webhooksPath(SCHOOL) + "/" + endpoint)
                .then().statusCode(403);
    }

    private static List<EventReceiver.Received> ofType(List<EventReceiver.Received> got, String type) {
        return got.stream().filter(r -> r.type().equals(type)).toList();
    }

    /** A Claines cyberbullying case with a summary, names and party refs that must never leave in an event. */
    private static String reportWithPersonalData() {
        Map<String, Object> body = Cases.cyberbullying();
        body.put("summary", SUMMARY);
        body.put("parties", List.of(IncidentRequests.party("INSTIGATOR", "CHILD", 12, "pupil-evt-1"),
                IncidentRequests.party("VICTIM", "CHILD", 12, "pupil-evt-2")));
        return report(body).getString("id");
    }

    private static String register(String school, String path, List<String> events) {
        return registerAs(clainesAdmin, school, path, events, null);
    }

    /** Registers the receiver's {@code path}; the endpoint's id. The receiver learns the secret from the answer. */
    private static String registerAs(String admin, String school, String path, List<String> events, String secret) {
        Map<String, Object> body = json("url", receiver.url(path), "events", events);
        if (secret != null) {
            body.put("secret", secret);
        }
        JsonPath created = given().header("Authorization", admin).contentType(ContentType.JSON).body(body)
                .when().post(webhooksPath(school)).then().statusCode(201).extract().jsonPath();
        assertEquals(events, created.getList("events"));
        assertEquals(school, created.getString("schoolId"));
        receiver.secret(path, created.getString("secret"));
        return created.getString("id");
    }

    private static List<Object> webhooks(String admin, String school) {
        return given().header("Authorization", admin).when().get(webhooksPath(school)).then().statusCode(200)
                .extract().jsonPath().getList("");
    }

    private static io.restassured.response.ValidatableResponse deliveries(String endpoint) {
        return given().header("Authorization", clainesAdmin).when()
                .get(webhooksPath(SCHOOL) + "/" + endpoint + "/deliveries").then().statusCode(200);
    }

    private static String webhooksPath(String school) {
        return "/api/admin/schools/" + school + "/webhooks";
    }
}
