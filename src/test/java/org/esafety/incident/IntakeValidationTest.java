package org.esafety.incident;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.esafety.action.RequiredAction;
import org.esafety.support.IncidentRequests;

/**
 * Bad input at {@code POST /api/incidents} (api.md "Errors", "Report an incident"): every case answers 400
 * problem+json of type validation naming the field by its path from the body root, and stores nothing.
 */
@QuarkusTest
class IntakeValidationTest {

    private static final String VALIDATION = "urn:esafety:problem:validation";

    static Stream<Arguments> invalidBodies() {
        return Stream.of(
                // Required fields
                invalid("schoolId missing", b -> b.remove("schoolId"), "schoolId"),
                invalid("source missing", b -> b.remove("source"), "source"),
                invalid("source blank", b -> b.put("source", "  "), "source"),
                invalid("externalRef missing", b -> b.remove("externalRef"), "externalRef"),
                invalid("category missing", b -> b.remove("category"), "category"),
                invalid("parties missing", b -> b.remove("parties"), "parties"),
                invalid("parties empty", b -> b.put("parties", List.of()), "parties"),
                invalid("party role missing", b -> party(b).remove("role"), "parties[0].role"),
                invalid("party kind missing", b -> party(b, 1).remove("kind"), "parties[1].kind"),
                invalid("party null", b -> parties(b).set(1, null), "parties[1]"),
                // Wrong JSON types: no coercion
                invalid("number for a string", b -> b.put("schoolId", 5), "schoolId"),
                invalid("number for the summary", b -> b.put("summary", 42), "summary"),
                invalid("string true for a flag", b -> circumstances(b).put("immediateDanger", "true"),
                        "circumstances.immediateDanger"),
                invalid("number for a flag", b -> circumstances(b).put("outsideSchool", 1), "circumstances.outsideSchool"),
                invalid("7 for an enum", b -> b.put("category", 7), "category"),
                invalid("7 for a party kind", b -> party(b).put("kind", 7), "parties[0].kind"),
                invalid("13.0 for an age", b -> party(b).put("age", 13.0), "parties[0].age"),
                invalid("string for an age", b -> party(b).put("age", "13"), "parties[0].age"),
                invalid("number for an instant", b -> b.put("reportedAt", 1_763_634_600), "reportedAt"),
                invalid("not an instant", b -> b.put("occurredAt", "yesterday"), "occurredAt"),
                invalid("object for parties", b -> b.put("parties", party(b)), "parties"),
                invalid("string for circumstances", b -> b.put("circumstances", "none"), "circumstances"),
                // Unknown enum values
                invalid("unknown category", b -> b.put("category", "SEXTING"), "category"),
                invalid("lower-case category", b -> b.put("category", "sharing_nudes"), "category"),
                invalid("unknown party role", b -> party(b).put("role", "BYSTANDER"), "parties[0].role"),
                invalid("unknown party kind", b -> party(b, 1).put("kind", "ALIEN"), "parties[1].kind"),
                invalid("unknown reportedLegality", b -> b.put("reportedLegality", "MAYBE"), "reportedLegality"),
                invalid("unknown staffRole", b -> staffInstigator(b).put("staffRole", "CARETAKER"), "parties[0].staffRole"),
                // Unknown fields
                invalid("unknown top-level field", b -> b.put("foo", 1), "foo"),
                invalid("unknown circumstance", b -> circumstances(b).put("foo", true), "circumstances.foo"),
                invalid("unknown party field", b -> party(b).put("foo", "x"), "parties[0].foo"),
                invalid("party name field", b -> party(b, 1).put("name", "Alice"), "parties[1].name"),
                invalid("unknown reportedBy field", b -> reportedBy(b).put("foo", "x"), "reportedBy.foo"),
                // Limits
                invalid("source of 101", b -> b.put("source", "s".repeat(101)), "source"),
                invalid("externalRef of 101", b -> b.put("externalRef", "r".repeat(101)), "externalRef"),
                invalid("summary of 4001", b -> b.put("summary", "x".repeat(4001)), "summary"),
                invalid("url of 2049", b -> b.put("url", url(2049)), "url"),
                invalid("reportedBy.role of 51", b -> reportedBy(b).put("role", "R".repeat(51)), "reportedBy.role"),
                invalid("party ref of 101", b -> party(b).put("ref", "p".repeat(101)), "parties[0].ref"),
                invalid("51 parties", b -> b.put("parties", fiftyOneParties()), "parties"),
                invalid("age -1", b -> party(b).put("age", -1), "parties[0].age"),
                invalid("age 121", b -> party(b, 1).put("age", 121), "parties[1].age"),
                // Times
                invalid("reportedAt in the future", b -> b.put("reportedAt",
                        Instant.now().plus(6, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS).toString()), "reportedAt"),
                invalid("occurredAt after reportedAt", b -> b.put("occurredAt", "2026-11-20T10:30:01Z"), "occurredAt"),
                // URLs
                invalid("relative url", b -> b.put("url", "/images/a.png"), "url"),
                invalid("ftp url", b -> b.put("url", "ftp://files.example.com/a.png"), "url"),
                invalid("url without host", b -> b.put("url", "https:///a.png"), "url"),
                // What only STAFF parties or reassessment may carry
                invalid("staffRole on a CHILD party", b -> party(b).put("staffRole", "CLASS_TEACHER"), "parties[0].staffRole"),
                invalid("dslAssessment at intake", b -> b.put("dslAssessment", "INAPPROPRIATE"), "dslAssessment"),
                invalid("externalOutcome at intake", b -> b.put("externalOutcome", "NO_ILLEGAL_ACTIVITY"), "externalOutcome"),
                // Schools
                invalid("unknown school", b -> b.put("schoolId", "hogwarts"), "schoolId"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidBodies")
    void shouldRejectInvalidBodyNamingTheFieldAndStoreNothing(String name, Consumer<Map<String, Object>> mutation,
                                                              String field) {
        Map<String, Object> body = IncidentRequests.sharingNudes();
        mutation.accept(body);
        long[] before = rows();

        ValidatableResponse response = given().contentType(ContentType.JSON).body(body)
                .when().post("/api/incidents")
                .then().statusCode(400);

        assertValidationProblem(response, field);
        assertEquals(before[0], rows()[0], "incidents stored");
        assertEquals(before[1], rows()[1], "actions stored");
    }

    @Test
    void shouldAcceptTheLimitsThemselves() {
        Map<String, Object> body = IncidentRequests.sharingNudes();
        body.put("source", "s".repeat(100));
        body.put("externalRef", ("E-" + System.nanoTime() + "-").concat("r".repeat(100)).substring(0, 100));
        body.put("summary", "x".repeat(4000));
        body.put("url", url(2048));
        reportedBy(body).put("role", "R".repeat(50));
        party(body).put("ref", "p".repeat(100));
        party(body).put("age", 0);
        party(body, 1).put("age", 120);

        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/incidents")
                .then().statusCode(201)
                .body("summary", equalTo("x".repeat(4000)))
                .body("url", equalTo(url(2048)))
                .body("parties[0].ref", equalTo("p".repeat(100)));
    }

    @Test
    void shouldAcceptClockSkewAndUnknownCircumstances() {
        Map<String, Object> body = IncidentRequests.minimal("clifton-primary", "CYBERBULLYING");
        String skewed = Instant.now().plus(4, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS).toString();
        body.put("reportedAt", skewed);
        body.put("occurredAt", skewed);
        body.put("circumstances", null);
        body.put("reportedBy", null);
        body.put("url", "http://www.example.com/page");

        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/incidents")
                .then().statusCode(201)
                .body("reportedAt", equalTo(skewed))
                .body("occurredAt", equalTo(skewed))
                .body("reportedBy", equalTo(null))
                .body("circumstances.immediateDanger", equalTo(null))
                .body("circumstances.deliberate", equalTo(null));
    }

    @Test
    void shouldReportEveryViolationOfOneBodyAtOnce() {
        Map<String, Object> body = IncidentRequests.sharingNudes();
        body.remove("source");
        party(body).put("age", 200);
        body.put("url", "/relative");

        ValidatableResponse response = given().contentType(ContentType.JSON).body(body)
                .when().post("/api/incidents")
                .then().statusCode(400).contentType("application/problem+json");

        List<String> fields = response.extract().jsonPath().getList("violations.field");
        assertEquals(List.of("parties[0].age", "source", "url"), fields.stream().sorted().toList());
    }

    @Test
    void shouldRejectMalformedJsonAtTheRoot() {
        long[] before = rows();

        ValidatableResponse response = given().contentType(ContentType.JSON)
                .body("{\"schoolId\": \"claines-primary\", \"category\": ")
                .when().post("/api/incidents")
                .then().statusCode(400);

        assertValidationProblem(response, "");
        response.body("violations[0].message", containsString("not valid JSON"));
        assertEquals(before[0], rows()[0]);
    }

    @Test
    void shouldRejectAJsonArrayAtTheRoot() {
        ValidatableResponse response = given().contentType(ContentType.JSON).body("[]")
                .when().post("/api/incidents")
                .then().statusCode(400);

        assertValidationProblem(response, "");
        response.body("violations[0].message", containsString("JSON object"));
    }

    @Test
    void shouldRejectAnEmptyBodyAtTheRoot() {
        long[] before = rows();

        ValidatableResponse response = given().contentType(ContentType.JSON).body("")
                .when().post("/api/incidents")
                .then().statusCode(400);

        assertValidationProblem(response, "");
        assertEquals(before[0], rows()[0]);
    }

    @Test
    void shouldRejectABodyThatIsNotJsonByContentType() {
        long[] before = rows();

        String body = given().contentType(ContentType.TEXT).body("schoolId=claines-primary")
                .when().post("/api/incidents")
                .then().statusCode(415)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:esafety:problem:unsupported-media-type"))
                .body("status", equalTo(415))
                .extract().asString();

        assertNoInternals(body);
        assertEquals(before[0], rows()[0]);
    }

    @Test
    void shouldNameTheUnknownSchool() {
        Map<String, Object> body = IncidentRequests.minimal("no-such-school", "CYBERBULLYING");

        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/incidents")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo(VALIDATION))
                .body("violations.field", equalTo(List.of("schoolId")))
                .body("violations[0].message", containsString("school"));
    }

    // --- assertions and fixtures

    private static void assertValidationProblem(ValidatableResponse response, String field) {
        String body = response
                .contentType("application/problem+json")
                .body("type", equalTo(VALIDATION))
                .body("title", not(equalTo(null)))
                .body("status", equalTo(400))
                .body("detail", not(equalTo(null)))
                .body("violations.field", equalTo(List.of(field)))
                .body("violations[0].message", not(equalTo(null)))
                .extract().asString();
        assertNoInternals(body);
    }

    /** No stack trace or Java class name in an error body (api.md "Errors"). */
    static void assertNoInternals(String body) {
        for (String leak : List.of("Exception", "java.", "org.", "\tat ", "com.fasterxml")) {
            if (body.contains(leak)) {
                throw new AssertionError("the error body leaks \"" + leak + "\": " + body);
            }
        }
    }

    /** Incident and action rows. */
    private static long[] rows() {
        return QuarkusTransaction.requiringNew().call(() -> new long[] {Incident.count(), RequiredAction.count()});
    }

    private static Arguments invalid(String name, Consumer<Map<String, Object>> mutation, String field) {
        return Arguments.of(name, mutation, field);
    }

    @SuppressWarnings("unchecked")
    private static List<Object> parties(Map<String, Object> body) {
        return (List<Object>) body.get("parties");
    }

    private static Map<String, Object> party(Map<String, Object> body) {
        return party(body, 0);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> party(Map<String, Object> body, int index) {
        return (Map<String, Object>) parties(body).get(index);
    }

    private static Map<String, Object> staffInstigator(Map<String, Object> body) {
        Map<String, Object> staff = party(body);
        staff.put("kind", "STAFF");
        staff.remove("age");
        return staff;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> circumstances(Map<String, Object> body) {
        return (Map<String, Object>) body.get("circumstances");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> reportedBy(Map<String, Object> body) {
        return (Map<String, Object>) body.get("reportedBy");
    }

    private static List<Map<String, Object>> fiftyOneParties() {
        List<Map<String, Object>> parties = new ArrayList<>();
        for (int i = 0; i < 51; i++) {
            parties.add(new LinkedHashMap<>(IncidentRequests.party("WITNESS", "CHILD", 14, "pupil-" + i)));
        }
        return parties;
    }

    /** An absolute https URL of exactly {@code length} characters. */
    private static String url(int length) {
        String prefix = "https://www.example.com/";
        return prefix + "a".repeat(length - prefix.length());
    }
}
