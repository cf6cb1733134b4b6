package org.esafety.incident;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.esafety.support.IncidentRequests;

/**
 * {@code GET /api/incidents}: filters, newest reportedAt first, paging and strict parameters. Each test
 * reports into its own random day of the past and filters on it, so other tests' incidents never count.
 */
@QuarkusTest
class IncidentListTest {

    private Instant day;

    @BeforeEach
    void pickADayOfOwnIncidents() {
        long minutes = ThreadLocalRandom.current().nextLong(0, 4L * 365 * 24 * 60);
        day = Instant.parse("2021-01-01T00:00:00Z").plus(minutes, ChronoUnit.MINUTES);
    }

    @Test
    void shouldListNewestReportedAtFirstFromInclusiveToExclusive() {
        String atFrom = report("claines-primary", "CYBERBULLYING", at(0));
        String early = report("claines-primary", "CYBERBULLYING", at(60));
        String late = report("claines-primary", "CYBERBULLYING", at(180));
        String middle = report("claines-primary", "CYBERBULLYING", at(120));
        report("claines-primary", "CYBERBULLYING", at(240));

        JsonPath whole = list(Map.of("schoolId", "claines-primary", "from", at(0), "to", at(240)));
        JsonPath inner = list(Map.of("schoolId", "claines-primary", "from", at(60), "to", at(180)));

        assertEquals(List.of(late, middle, early, atFrom), whole.getList("items.id"));
        assertEquals(4, whole.getInt("total"));
        assertEquals(List.of(middle, early), inner.getList("items.id"));
        assertEquals(List.of(at(120), at(60)), inner.getList("items.reportedAt"));
        assertEquals(2, inner.getInt("total"));
    }

    @Test
    void shouldBreakTiesOnReportedAtById() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            ids.add(report("clifton-high", "OFFENSIVE_MESSAGE", at(30)));
        }

        JsonPath page = list(Map.of("schoolId", "clifton-high", "from", at(30), "to", at(31)));

        assertEquals(ids.stream().sorted().toList(), page.getList("items.id"));
    }

    @Test
    void shouldFilterBySchoolCategoryAndStatus() {
        String claines = report("claines-primary", "SHARING_NUDES", at(10));
        String bullying = report("claines-primary", "CYBERBULLYING", at(20));
        String offord = report("offord-primary", "SHARING_NUDES", at(30));
        completeEveryAction(bullying);
        Map<String, String> window = Map.of("from", at(0), "to", at(60));

        assertEquals(List.of(offord), ids(with(window, "schoolId", "offord-primary")));
        assertEquals(List.of(offord, claines), ids(with(window, "category", "SHARING_NUDES")));
        assertEquals(List.of(bullying), ids(with(with(window, "schoolId", "claines-primary"), "category", "CYBERBULLYING")));
        assertEquals(List.of(bullying), ids(with(window, "status", "ACTIONS_COMPLETE")));
        assertEquals(List.of(offord, claines), ids(with(window, "status", "OPEN")));
        assertEquals(List.of(), ids(with(window, "status", "CLOSED")));
        JsonPath filtered = list(with(with(window, "schoolId", "claines-primary"), "status", "OPEN"));
        assertEquals(List.of(claines), filtered.getList("items.id"));
        assertEquals("OPEN", filtered.getString("items[0].status"));
        assertEquals("SHARING_NUDES", filtered.getString("items[0].category"));
        assertEquals(1, filtered.getInt("total"));
    }

    @Test
    void shouldPageThroughTheResultsWithTheirTotal() {
        List<String> newestFirst = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            newestFirst.add(0, report("thingwall-primary", "PASSWORD_SHARING", at(i)));
        }
        Map<String, String> window = Map.of("schoolId", "thingwall-primary", "from", at(0), "to", at(60), "size", "2");

        List<String> seen = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            JsonPath body = list(with(window, "page", String.valueOf(page)));
            assertEquals(page, body.getInt("page"));
            assertEquals(2, body.getInt("size"));
            assertEquals(5, body.getInt("total"));
            seen.addAll(body.getList("items.id"));
        }
        JsonPath beyond = list(with(window, "page", "3"));

        assertEquals(newestFirst, seen);
        assertEquals(List.of(), beyond.getList("items"));
        assertEquals(5, beyond.getInt("total"));
    }

    @Test
    void shouldDefaultToTheFirstPageOfTwentyAndAllowOneHundred() {
        given().when().get("/api/incidents")
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("page", equalTo(0))
                .body("size", equalTo(20));
        report("national-default", "NON_EDUCATIONAL_USE", at(5));

        given().queryParam("size", 100).queryParam("schoolId", "national-default")
                .queryParam("from", at(0)).queryParam("to", at(10))
                .when().get("/api/incidents")
                .then().statusCode(200)
                .body("size", equalTo(100))
                .body("total", equalTo(1))
                .body("items", hasSize(1))
                .body("items.schoolId", everyItem(equalTo("national-default")))
                .body("items[0].actions.size()", org.hamcrest.Matchers.greaterThan(0));
    }

    static Stream<Arguments> badParameters() {
        return Stream.of(
                Arguments.of("size", "101"),
                Arguments.of("size", "0"),
                Arguments.of("size", "ten"),
                Arguments.of("page", "-1"),
                Arguments.of("page", "1.5"),
                Arguments.of("status", "NOPE"),
                Arguments.of("status", "open"),
                Arguments.of("category", "SEXTING"),
                Arguments.of("from", "yesterday"),
                Arguments.of("to", "2026-13-01T00:00:00Z"));
    }

    @ParameterizedTest(name = "{0}={1}")
    @MethodSource("badParameters")
    void shouldRejectABadParameterNamingIt(String name, String value) {
        String body = given().queryParam(name, value)
                .when().get("/api/incidents")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:esafety:problem:validation"))
                .body("status", equalTo(400))
                .body("violations.field", equalTo(List.of(name)))
                .extract().asString();
        IntakeValidationTest.assertNoInternals(body);
    }

    // --- helpers

    private String at(long minutes) {
        return day.plus(Duration.ofMinutes(minutes)).toString();
    }

    private static String report(String schoolId, String category, String reportedAt) {
        Map<String, Object> body = IncidentRequests.minimal(schoolId, category);
        body.put("reportedAt", reportedAt);
        return given().contentType(ContentType.JSON).body(body)
                .when().post("/api/incidents")
                .then().statusCode(201).extract().path("id");
    }

    private static void completeEveryAction(String incidentId) {
        List<String> actions = given().when().get("/api/incidents/" + incidentId)
                .then().statusCode(200).extract().path("actions.id");
        for (String action : actions) {
            given().contentType(ContentType.JSON).body(Map.of("completedBy", "staff-1"))
                    .when().post("/api/actions/" + action + "/completion")
                    .then().statusCode(200);
        }
        given().when().get("/api/incidents/" + incidentId).then().body("status", equalTo("ACTIONS_COMPLETE"));
    }

    private static JsonPath list(Map<String, ?> params) {
        return given().queryParams(params)
                .when().get("/api/incidents")
                .then().statusCode(200).contentType(ContentType.JSON)
                .extract().jsonPath();
    }

    private static List<String> ids(Map<String, ?> params) {
        return list(params).getList("items.id");
    }

    private static Map<String, String> with(Map<String, String> params, String name, String value) {
        Map<String, String> copy = new java.util.LinkedHashMap<>(params);
        copy.put(name, value);
        return copy;
    }
}
