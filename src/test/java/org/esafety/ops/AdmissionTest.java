package org.esafety.ops;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.http.Headers;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.esafety.support.DefaultCredentials;
import org.esafety.support.IncidentRequests;

/**
 * Load shedding (README "Start-up time and memory", bench/README.md issue 21): with the instance's limit of requests to
 * /api/ in hand, the next is answered 503 problem+json with Retry-After at once and stores nothing; pages and /q/ are
 * still answered; every kind of end (an answer, an error, a client that hangs up) gives its place back, so the limit
 * never leaks; a body that does not arrive in time is answered 408 and its place given back. The limit here is 2,
 * filled by requests held open on a test-only route; the body deadline is 1 s.
 */
@QuarkusTest
@TestProfile(AdmissionTest.LimitOfTwo.class)
class AdmissionTest {

    public static class LimitOfTwo implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("esafety.http.api-concurrency", "2", "esafety.http.body-deadline", "1s");
        }
    }

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Inject
    Admission admission;

    @Inject
    HeldRequests held;

    @Inject
    MeterRegistry registry;

    @TestHTTPResource(HeldRequests.PATH)
    URI heldUri;

    @AfterEach
    void letGo() throws InterruptedException {
        held.releaseAll();
        awaitInFlight(0);
    }

    @Test
    void shouldShedTheRequestBeyondTheLimitWithoutStoringIt() throws Exception {
        String dsl = DefaultCredentials.as("dsl");
        Map<String, Object> body = IncidentRequests.minimal("claines-primary", "CYBERBULLYING");
        // The headers an ordinary answer carries (application.properties' filters), which a shed answer must carry too.
        Headers ordinary = given().header("Authorization", dsl).when().get("/api/schools")
                .then().statusCode(200).extract().headers();
        List<CompletableFuture<HttpResponse<String>>> open = List.of(hold(), hold());
        held.awaitArrivals(2);
        assertEquals(2, admission.inFlight());
        double shedBefore = registry.counter("esafety.http.shed").count();

        Headers shedHeaders = given().header("Authorization", dsl).contentType(ContentType.JSON).body(body)
                .when().post("/api/incidents")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", matchesPattern("[1-4]"))
                .header("Content-Security-Policy", containsString("default-src 'none'"))
                .body("type", equalTo("urn:esafety:problem:unavailable"))
                .body("status", equalTo(503))
                .body("detail", startsWith("the service is busy; nothing was stored"))
                .extract().headers();
        for (String name : List.of("Cache-Control", "X-Content-Type-Options", "X-Frame-Options", "Referrer-Policy")) {
            assertEquals(ordinary.getValue(name), shedHeaders.getValue(name), name + " as on every other answer");
        }
        assertEquals(2, admission.inFlight(), "a shed request takes no place");
        assertEquals(shedBefore + 1, registry.counter("esafety.http.shed").count(), "esafety_http_shed_total");
        // The metrics record one path for every answer given here, never the request's (a pupil's reference).
        given().header("Authorization", dsl).when().get("/api/pupils/ADMISSION-MARKER-77/chronology")
                .then().statusCode(503);

        // Health and the pages are never shed.
        given().when().get("/q/health/live").then().statusCode(200);
        given().when().get("/login").then().statusCode(200);

        held.releaseAll();
        for (CompletableFuture<HttpResponse<String>> answer : open) {
            HttpResponse<String> response = answer.get(20, TimeUnit.SECONDS);
            assertEquals(200, response.statusCode());
            assertEquals("released", response.body());
        }
        awaitInFlight(0);
        String metrics = given().header("Authorization", DefaultCredentials.as("admin")).when().get("/q/metrics")
                .then().statusCode(200).extract().asString();
        assertFalse(metrics.contains("ADMISSION-MARKER-77"), "a pupil's reference in the metrics");
        assertTrue(metrics.contains(EarlyAnswer.METRICS_PATH), "the shed answers' path in the metrics");

        // The shed intake stored nothing: the same body is new (201), not a repeat (200).
        given().header("Authorization", dsl).contentType(ContentType.JSON).body(body)
                .when().post("/api/incidents")
                .then().statusCode(201);
    }

    @Test
    void shouldGiveThePlaceBackWhateverTheAnswer() throws Exception {
        String dsl = DefaultCredentials.as("dsl");
        given().header("Authorization", "Bearer esk_not-a-key").when().get("/api/schools").then().statusCode(401);
        given().header("Authorization", dsl).contentType(ContentType.JSON).body("{\"category\": 7")
                .when().post("/api/incidents").then().statusCode(400);
        given().header("Authorization", dsl).contentType(ContentType.JSON).body("x".repeat(70 * 1024))
                .when().post("/api/incidents").then().statusCode(413);
        given().header("Authorization", dsl).when().get("/api/incidents/00000000-0000-0000-0000-000000000000")
                .then().statusCode(404);
        given().header("Authorization", dsl).when().get("/api/schools").then().statusCode(200);
        awaitInFlight(0);

        // A client that hangs up while its request is held gives its place back too.
        try (Socket socket = new Socket(heldUri.getHost(), heldUri.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + HeldRequests.PATH + " HTTP/1.1\r\nHost: localhost\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            held.awaitArrivals(1);
            assertEquals(1, admission.inFlight());
        }
        awaitInFlight(0);

        // Places freed by every kind of end: two requests are admitted again at once.
        List<CompletableFuture<HttpResponse<String>>> open = List.of(hold(), hold());
        held.awaitArrivals(2);
        assertEquals(2, admission.inFlight());
        held.releaseAll();
        for (CompletableFuture<HttpResponse<String>> answer : open) {
            assertEquals(200, answer.get(20, TimeUnit.SECONDS).statusCode());
        }
    }

    @Test
    void shouldCutOffABodyThatDoesNotArrive() throws Exception {
        String dsl = DefaultCredentials.as("dsl");
        double before = registry.counter("esafety.http.body.timeouts").count();
        try (Socket socket = new Socket(heldUri.getHost(), heldUri.getPort())) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/incidents HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + dsl
                    + "\r\nContent-Type: application/json\r\nContent-Length: 400\r\n\r\n{\"schoolId\": \"cla")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            // The rest of the body never comes: after the 1 s deadline the answer is 408 and the connection closed.
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(answer.startsWith("HTTP/1.1 408"), answer);
            assertTrue(answer.contains("urn:esafety:problem:request-timeout"), answer);
            assertTrue(answer.toLowerCase(java.util.Locale.ROOT).contains("connection: close"), answer);
        }
        awaitInFlight(0);
        assertEquals(before + 1, registry.counter("esafety.http.body.timeouts").count(), "esafety_http_body_timeouts");

        // A body that arrives in time is not cut off, however long the answer takes.
        given().header("Authorization", dsl).contentType(ContentType.JSON)
                .body(IncidentRequests.minimal("claines-primary", "CYBERBULLYING"))
                .when().post("/api/incidents").then().statusCode(201);
    }

    private CompletableFuture<HttpResponse<String>> hold() {
        return client.sendAsync(HttpRequest.newBuilder(heldUri).version(HttpClient.Version.HTTP_1_1)
                        .timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private void awaitInFlight(int expected) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (admission.inFlight() != expected && System.nanoTime() < until) {
            Thread.sleep(20);
        }
        assertEquals(expected, admission.inFlight(), "requests to /api/ in the service");
    }
}
