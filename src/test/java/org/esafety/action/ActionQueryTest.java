package org.esafety.action;

import static io.restassured.RestAssured.given;
import static org.esafety.support.Lifecycle.done;
import static org.esafety.support.Lifecycle.incident;
import static org.esafety.support.Lifecycle.report;
import static org.esafety.support.Views.live;
import static org.esafety.support.Views.liveId;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.esafety.support.Cases;
import org.esafety.support.MutableClock;

/**
 * GET /api/actions (api.md "Reading"): what is due and overdue across a school's incidents, soonest first.
 * Other tests report incidents for the same schools, so each filter is checked two ways: against this
 * test's own incidents, whose actions and deadlines are known, and against the school's whole list
 * filtered by hand (the oracle), which must agree item for item and in order.
 */
@QuarkusTest
class ActionQueryTest {

    private static final String SCHOOL = "clifton-high";
    private static final String OTHER_SCHOOL = "offord-primary";
    private static final Comparator<Map<String, Object>> SOONEST_FIRST = Comparator
            .comparing((Map<String, Object> a) -> Instant.parse((String) a.get("dueAt")))
            .thenComparing(a -> (String) a.get("id"));

    private final MutableClock clock = MutableClock.at("2026-11-20T10:45:00Z");

    @BeforeEach
    void installClock() {
        QuarkusMock.installMockForType(clock, Clock.class);
    }

    /**
     * Reported on Friday 20 November 2026 and read at 12:00: a pupil getting round the filter (reported
     * 10:30; REPORT_TO_DSL due 11:30 and FIX_FILTER_BYPASS, done; the rest due later), a pupil in
     * immediate danger (reported 10:40; the emergency call due 10:40, three IMMEDIATE actions due 11:40),
     * and a third incident at another school.
     */
    private record Story(JsonPath filter, JsonPath danger, JsonPath elsewhere, String fixed) {

        Set<String> ownIncidents() {
            return Set.of(filter.getString("id"), danger.getString("id"));
        }
    }

    private Story story() {
        JsonPath filter = report(Cases.filterCircumvention(SCHOOL));
        Map<String, Object> body = Cases.immediateDanger(SCHOOL);
        body.put("reportedAt", "2026-11-20T10:40:00Z");
        JsonPath danger = report(body);
        JsonPath elsewhere = report(Cases.filterCircumvention(OTHER_SCHOOL));
        String fixed = liveId(filter, "FIX_FILTER_BYPASS");
        done(fixed, "it-1");
        clock.set("2026-11-20T12:00:00Z");
        return new Story(filter, danger, elsewhere, fixed);
    }

    @Test
    void shouldListExactlyTheOpenActionsWhoseDeadlineHasPassedSoonestFirst() {
        Story story = story();

        List<Map<String, Object>> overdue = all(query("schoolId", SCHOOL, "overdue", "true"));

        assertEquals(ids(oracle(a -> "OPEN".equals(a.get("status")) && !due(a).isAfter(clock.instant()))), ids(overdue));
        for (Map<String, Object> a : overdue) {
            assertEquals(List.of(SCHOOL, "OPEN", true), List.of(a.get("schoolId"), a.get("status"), a.get("overdue")));
        }
        List<Map<String, Object>> own = own(overdue, story);
        assertEquals(List.of("CALL_EMERGENCY_SERVICES", "REPORT_TO_DSL"), codes(own.subList(0, 2)));
        assertEquals(List.of(story.danger().getString("id"), story.filter().getString("id")),
                own.subList(0, 2).stream().map(a -> a.get("incidentId")).toList());
        List<Map<String, Object>> at1140 = own.subList(2, own.size());
        assertEquals(Set.of("REPORT_TO_DSL", "REFER_TO_CHILDRENS_SOCIAL_CARE", "DSL_WELFARE_ASSESSMENT"),
                Set.copyOf(codes(at1140)));
        assertEquals(at1140.stream().map(a -> (String) a.get("id")).sorted().toList(), ids(at1140), "ties by id");
        assertFalse(ids(overdue).contains(story.fixed()), "a done action is never overdue");
        assertTrue(overdue.stream().noneMatch(a -> story.elsewhere().getString("id").equals(a.get("incidentId"))));
    }

    @Test
    void shouldListEverythingElseWhenNotOverdue() {
        Story story = story();

        List<Map<String, Object>> notOverdue = all(query("schoolId", SCHOOL, "overdue", "false"));

        assertEquals(ids(oracle(a -> !"OPEN".equals(a.get("status")) || due(a).isAfter(clock.instant()))),
                ids(notOverdue));
        assertTrue(notOverdue.stream().allMatch(a -> Boolean.FALSE.equals(a.get("overdue"))));
        List<String> own = codes(own(notOverdue, story));
        assertTrue(ids(notOverdue).contains(story.fixed()), "the done action is listed");
        assertEquals(6 + 9 - 5, own.size(), "all but the five overdue: " + own);
        assertFalse(own.contains("CALL_EMERGENCY_SERVICES"));
    }

    @Test
    void shouldFilterByResponsibleRole() {
        Story story = story();

        List<Map<String, Object>> it = all(query("schoolId", SCHOOL, "responsible", "IT_SUPPORT"));

        assertEquals(ids(oracle(a -> "IT_SUPPORT".equals(a.get("responsible")))), ids(it));
        assertTrue(ids(it).contains(story.fixed()));
        assertEquals(List.of("FIX_FILTER_BYPASS"), codes(own(it, story)));
    }

    @Test
    void shouldFilterByStatus() {
        Story story = story();

        List<Map<String, Object>> doneActions = all(query("schoolId", SCHOOL, "status", "DONE"));

        assertEquals(ids(oracle(a -> "DONE".equals(a.get("status")))), ids(doneActions));
        assertEquals(List.of(story.fixed()), ids(own(doneActions, story)));
        assertEquals(List.of("it-1"), own(doneActions, story).stream().map(a -> a.get("completedBy")).toList());
    }

    @Test
    void shouldListActionsDueBeforeAnInstant() {
        Story story = story();
        String reportToDslDue = (String) live(story.filter(), "REPORT_TO_DSL").get("dueAt");
        assertEquals("2026-11-20T11:30:00Z", reportToDslDue);

        List<Map<String, Object>> before = all(query("schoolId", SCHOOL, "dueBefore", reportToDslDue));

        assertEquals(ids(oracle(a -> due(a).isBefore(Instant.parse(reportToDslDue)))), ids(before));
        assertEquals(List.of("CALL_EMERGENCY_SERVICES"), codes(own(before, story)), "strictly before 11:30");
    }

    @Test
    void shouldPageThroughOneOrderAndLimitThePageSize() {
        story();
        List<Map<String, Object>> whole = all(query("schoolId", SCHOOL, "status", "OPEN"));
        int total = whole.size();
        assertTrue(total >= 13, "this test's incidents alone have 13 open actions: " + total);

        List<Map<String, Object>> paged = new ArrayList<>();
        for (int page = 0; page * 4 < total; page++) {
            JsonPath body = given().queryParams(query("schoolId", SCHOOL, "status", "OPEN", "size", "4",
                            "page", String.valueOf(page)))
                    .when().get("/api/actions").then().statusCode(200)
                    .body("page", equalTo(page)).body("size", equalTo(4)).body("total", equalTo(total))
                    .extract().jsonPath();
            paged.addAll(body.getList("items"));
        }
        assertEquals(ids(whole), ids(paged));
        given().queryParams(query("schoolId", SCHOOL, "status", "OPEN", "size", "4", "page",
                        String.valueOf((total + 3) / 4)))
                .when().get("/api/actions").then().statusCode(200)
                .body("items.size()", equalTo(0)).body("total", equalTo(total));
        given().queryParams(query("schoolId", SCHOOL, "size", "100")).when().get("/api/actions")
                .then().statusCode(200).body("size", equalTo(100));
        given().queryParams(query("schoolId", SCHOOL, "size", "101")).when().get("/api/actions")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:esafety:problem:validation"))
                .body("violations.field", equalTo(List.of("size")));
    }

    @Test
    void shouldShowEachActionsIncidentSchoolAndWhetherItIsOverdueByTheClock() {
        JsonPath filter = report(Cases.filterCircumvention(SCHOOL));
        String id = filter.getString("id");
        String reportToDsl = liveId(filter, "REPORT_TO_DSL");

        clock.set("2026-11-20T11:29:59Z");
        Map<String, Object> early = item(SCHOOL, reportToDsl);
        assertEquals(List.of(id, SCHOOL, false), List.of(early.get("incidentId"), early.get("schoolId"), early.get("overdue")));
        assertEquals(false, live(incident(id), "REPORT_TO_DSL").get("overdue"));

        clock.set("2026-11-20T11:30:00Z");
        assertEquals(true, item(SCHOOL, reportToDsl).get("overdue"));
        assertEquals(true, live(incident(id), "REPORT_TO_DSL").get("overdue"));
        assertTrue(ids(all(query("schoolId", SCHOOL, "overdue", "true"))).contains(reportToDsl));
        assertFalse(ids(all(query("schoolId", SCHOOL, "overdue", "false"))).contains(reportToDsl));
    }

    @Test
    void shouldShowAnEmergencyActionOverdueFromTheMomentOfAwareness() {
        clock.set(Cases.REPORTED_AT);
        JsonPath danger = report(Cases.immediateDanger(SCHOOL));
        Map<String, Object> call = live(danger, "CALL_EMERGENCY_SERVICES");
        assertEquals(List.of(Cases.REPORTED_AT, 1, true), List.of(call.get("dueAt"), call.get("order"), call.get("overdue")),
                "due, first and overdue at the very moment the school knew");
        assertEquals(false, live(danger, "REPORT_TO_DSL").get("overdue"));

        List<Map<String, Object>> overdue = all(query("schoolId", SCHOOL, "overdue", "true"));
        assertTrue(ids(overdue).contains((String) call.get("id")), "listed as overdue");
        assertFalse(ids(all(query("schoolId", SCHOOL, "overdue", "false"))).contains((String) call.get("id")));

        done((String) call.get("id"), "teacher-1");
        assertFalse(ids(all(query("schoolId", SCHOOL, "overdue", "true"))).contains((String) call.get("id")),
                "done: no longer overdue");
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({"status, FINISHED", "overdue, yes", "dueBefore, 2026-11-20", "responsible, CARETAKER", "page, -1",
            "size, 0", "size, many"})
    void shouldRefuseABadParameterNamingIt(String name, String value) {
        given().queryParam(name, value).when().get("/api/actions")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:esafety:problem:validation"))
                .body("violations.field", hasItem(name));
    }

    /** Every item of the list with these query parameters, page by page. */
    private static List<Map<String, Object>> all(Map<String, String> params) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonPath body = given().queryParams(params).queryParam("size", 100).queryParam("page", page)
                    .when().get("/api/actions").then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> got = body.getList("items");
            items.addAll(got);
            if (got.isEmpty() || items.size() >= body.getLong("total")) {
                assertEquals(body.getLong("total"), items.size(), "total");
                return items;
            }
        }
    }

    /** The school's whole list, filtered by hand and sorted soonest first, ties by id. */
    private static List<Map<String, Object>> oracle(Predicate<Map<String, Object>> keep) {
        List<Map<String, Object>> everything = all(query("schoolId", SCHOOL));
        assertTrue(everything.stream().allMatch(a -> SCHOOL.equals(a.get("schoolId"))), "one school's actions only");
        assertEquals(everything.size(), new HashSet<>(ids(everything)).size(), "each action once");
        assertEquals(ids(everything.stream().sorted(SOONEST_FIRST).toList()), ids(everything), "soonest first, ties by id");
        return everything.stream().filter(keep).sorted(SOONEST_FIRST).toList();
    }

    private static Map<String, Object> item(String school, String actionId) {
        return all(query("schoolId", school)).stream().filter(a -> actionId.equals(a.get("id"))).findFirst()
                .orElseThrow(() -> new AssertionError("action " + actionId + " not listed"));
    }

    private static List<Map<String, Object>> own(List<Map<String, Object>> items, Story story) {
        return items.stream().filter(a -> story.ownIncidents().contains((String) a.get("incidentId"))).toList();
    }

    private static Instant due(Map<String, Object> action) {
        return Instant.parse((String) action.get("dueAt"));
    }

    private static List<String> ids(List<Map<String, Object>> items) {
        return items.stream().map(a -> (String) a.get("id")).toList();
    }

    private static List<String> codes(List<Map<String, Object>> items) {
        return items.stream().map(a -> (String) a.get("code")).toList();
    }

    private static Map<String, String> query(String... namesAndValues) {
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            params.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return params;
    }
}
