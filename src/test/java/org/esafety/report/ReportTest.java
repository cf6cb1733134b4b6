package org.esafety.report;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.esafety.support.Cases;
import org.esafety.support.MutableClock;
import org.esafety.support.TestCredentials;

/**
 * The reports on a known week at Clifton Primary (Monday 8 February 2027, GMT), told through the API with a moving
 * clock: four incidents reported at 09:00 — a filter bypass (closed at 09:30, on time), abuse imagery by a child (the
 * police referral done at 11:00, an hour late, with the police's reference; the local authority told at 12:00), abuse
 * imagery by a member of staff (the police referral declined at 09:20 with a reason; the LADO referral left open),
 * and cyberbullying (logged at 09:10) — and one at Offord Primary the same morning, which Clifton's reports never
 * count. The reports are read on Tuesday at 10:00.
 */
@QuarkusTest
class ReportTest {

    static final String SCHOOL = "clifton-primary";
    static final String PERIOD = "schoolId=" + SCHOOL + "&from=2027-02-08&to=2027-02-12";
    static final String REASON = "Police advised by phone that the school handles it; no referral needed";

    private static boolean told;
    private static List<String> references;

    private final MutableClock clock = MutableClock.at("2027-02-08T09:00:00Z");

    @BeforeEach
    void tellTheWeek() {
        QuarkusMock.installMockForType(clock, Clock.class);
        if (!told) {
            JsonPath filter = report(Cases.filterCircumvention(SCHOOL));
            JsonPath child = report(Cases.abuseImagery("CHILD"));
            JsonPath staff = report(Cases.abuseImagery("STAFF"));
            JsonPath bullying = report(Cases.cyberbullying());
            Map<String, Object> elsewhere = Cases.abuseImagery("CHILD");
            elsewhere.put("schoolId", "offord-primary");
            elsewhere.put("reportedAt", "2027-02-08T09:00:00Z");
            given().contentType(ContentType.JSON).body(elsewhere).post("/api/incidents").then().statusCode(201);

            complete("2027-02-08T09:10:00Z", bullying, "LOG_INCIDENT", Map.of());
            complete("2027-02-08T09:20:00Z", staff, "REFER_TO_POLICE", Map.of("outcome", "NOT_REQUIRED", "rationale", REASON));
            complete("2027-02-08T09:30:00Z", filter, "FIX_FILTER_BYPASS", Map.of());
            complete("2027-02-08T11:00:00Z", child, "REFER_TO_POLICE", Map.of("externalReference", "POL-2027-0042"));
            complete("2027-02-08T12:00:00Z", child, "INFORM_LA", Map.of());
            references = List.of(filter.getString("reference"), child.getString("reference"),
                    staff.getString("reference"), bullying.getString("reference"));
            told = true;
        }
        clock.set("2027-02-09T10:00:00Z");
    }

    @Test
    void shouldCountTheWeekByCategoryLegalityAndStatus() {
        JsonPath s = summary();
        assertEquals(4, s.getInt("incidents.total"));
        assertEquals(Map.of("CHILD_SEXUAL_ABUSE_IMAGERY", 2, "CYBERBULLYING", 1, "FILTER_CIRCUMVENTION", 1),
                counts(s, "incidents.byCategory", "category"));
        assertEquals(Map.of("ILLEGAL", 2, "UNCERTAIN", 0, "INAPPROPRIATE", 2), counts(s, "incidents.byLegality", "legality"));
        assertEquals(Map.of("OPEN", 4, "ACTIONS_COMPLETE", 0, "CLOSED", 0), counts(s, "incidents.byStatus", "status"));
        assertEquals("2027-02-08T00:00:00Z", s.getString("from"));
        assertEquals("2027-02-13T00:00:00Z", s.getString("to"), "to is a date: its whole day is included");
    }

    @Test
    void shouldShowEachReferralWithItsOutcomesAndTimes() {
        JsonPath s = summary();
        Map<String, Object> police = s.getMap("referrals.find { it.code == 'REFER_TO_POLICE' }");
        assertEquals(Map.ofEntries(Map.entry("code", "REFER_TO_POLICE"), Map.entry("agency", "Police"),
                Map.entry("total", 2), Map.entry("open", 0), Map.entry("overdue", 0), Map.entry("done", 1),
                Map.entry("withExternalReference", 1), Map.entry("withoutExternalReference", 0),
                Map.entry("declined", 1), Map.entry("superseded", 0), Map.entry("late", 1), Map.entry("timed", 1),
                Map.entry("medianMinutes", 120), Map.entry("p90Minutes", 120)), police);
        Map<String, Object> lado = s.getMap("referrals.find { it.code == 'REFER_TO_LADO' }");
        assertEquals(List.of(1, 1, 1, 0), List.of(lado.get("total"), lado.get("open"), lado.get("overdue"),
                lado.get("done")));
        assertEquals(List.of("REFER_TO_POLICE", "SEEK_POLICE_ADVICE", "DECIDE_POLICE_REFERRAL", "REPORT_TO_CEOP",
                "REFER_TO_LADO", "REFER_TO_CHILDRENS_SOCIAL_CARE", "PREVENT_REFERRAL", "REPORT_URL_TO_IWF",
                "REPORT_TO_ICO"), s.getList("referrals.code"), "every agency, each once, a zero shown as a zero");
    }

    @Test
    void shouldMeasureTheDslsFirstActionAndWhatWasLateOrIsOverdue() {
        JsonPath s = summary();
        // First DSL action: 10 (logged), 20 (declined), 120 (police) minutes; the filter bypass is IT's, not the DSL's.
        assertEquals(Map.of("measured", 3, "medianMinutes", 20, "p90Minutes", 100), s.getMap("firstDslAction"));
        assertEquals(1, s.getInt("incidentsWithoutDslAction"));
        assertEquals(1, s.getInt("lateness.completedLate"), "the police referral done at 11:00, due at 10:00");
        // Open past their deadline on Tuesday 10:00: 2 (filter) + 4 (child) + 7 (staff) + 1 (bullying).
        assertEquals(14, s.getInt("lateness.stillOverdue"));
        assertEquals(1, s.getInt("lateness.byCode.find { it.code == 'REFER_TO_POLICE' }.completedLate"));
        Map<String, Object> bypass = s.getMap("filtering.find { it.code == 'FIX_FILTER_BYPASS' }");
        assertEquals(List.of("Close the filter bypass", 1, 0, 0, 1, 1, 0, 0), List.of(bypass.get("title"),
                bypass.get("total"), bypass.get("open"), bypass.get("overdue"), bypass.get("done"),
                bypass.get("doneOnTime"), bypass.get("doneLate"), bypass.get("declined")));
        assertEquals(0, s.getInt("filtering.find { it.code == 'BLOCK_URL' }.total"));
    }

    @Test
    void shouldListTheDeclinedActionWithItsReasonForTheDslAndWithheldForAnAuditor() {
        JsonPath s = summary();
        assertEquals(1, s.getInt("declined.total"));
        assertEquals(List.of(Map.of("code", "REFER_TO_POLICE", "title", "Refer to the police", "count", 1)),
                s.getList("declined.byCode"));
        assertEquals(REASON, s.getString("declined.rationales[0].rationale"));
        assertEquals(references.get(2), s.getString("declined.rationales[0].reference"));

        String auditor = TestCredentials.bearer(TestCredentials.apiKey("auditor", List.of(SCHOOL)));
        given().header("Authorization", auditor).get("/api/reports/summary?" + PERIOD).then().statusCode(200)
                .body("incidents.total", equalTo(4))
                .body("declined.rationales[0].rationale", equalTo("[withheld: not marked for auditors]"));
    }

    @Test
    void shouldNeverCountAnotherSchoolsIncidents() {
        String cliftonOnly = TestCredentials.bearer(TestCredentials.apiKey("dsl", List.of(SCHOOL)));
        given().header("Authorization", cliftonOnly).get("/api/reports/summary?from=2027-02-08&to=2027-02-12")
                .then().statusCode(200).body("schoolId", nullValue()).body("incidents.total", equalTo(4));
        given().get("/api/reports/summary?from=2027-02-08&to=2027-02-12").then().statusCode(200)
                .body("incidents.total", equalTo(5));
        given().header("Authorization", cliftonOnly).get("/api/reports/inspection?schoolId=offord-primary")
                .then().statusCode(403).contentType(startsWith("application/problem+json"));
        given().header("Authorization", cliftonOnly).get("/api/reports/summary?schoolId=offord-primary")
                .then().statusCode(403).contentType(startsWith("application/problem+json"));
    }

    @Test
    void shouldRefuseABadPeriodNamingTheField() {
        given().get("/api/reports/summary?schoolId=" + SCHOOL + "&from=8 Feb").then().statusCode(400)
                .contentType(startsWith("application/problem+json")).body("violations[0].field", equalTo("from"));
        given().get("/api/reports/summary?schoolId=" + SCHOOL + "&from=2027-02-12&to=2027-02-08").then()
                .statusCode(400).body("violations[0].field", equalTo("to"));
        given().get("/api/reports/inspection?" + PERIOD + "&format=xls").then().statusCode(400)
                .body("violations[0].field", equalTo("format"));
    }

    @Test
    void shouldExportTheSummaryAsCsvWithoutFreeText() {
        String csv = given().accept("text/csv").get("/api/reports/summary?" + PERIOD).then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("Content-Disposition", containsString("esafety-summary-clifton-primary-2027-02-08-to-2027-02-12.csv"))
                .extract().asString();
        List<String> lines = csv.lines().toList();
        assertEquals("section,item,measure,value", lines.get(0));
        for (String line : List.of("period,school,id,clifton-primary", "period,from,instant,2027-02-08T00:00:00Z",
                "incidents,all,count,4", "incidents by category,CHILD_SEXUAL_ABUSE_IMAGERY,count,2",
                "incidents by legality,ILLEGAL,count,2", "incidents by legality,UNCERTAIN,count,0",
                "referrals,REFER_TO_POLICE,required,2", "referrals,REFER_TO_POLICE,done with external reference,1",
                "referrals,REFER_TO_POLICE,declined,1", "referrals,REFER_TO_POLICE,late,1",
                "referrals,REFER_TO_POLICE,median minutes to completion,120", "referrals,REFER_TO_LADO,overdue,1",
                "response,first DSL action,median minutes,20", "response,first DSL action,90th percentile minutes,100",
                "lateness,all,completed late,1", "lateness,all,still overdue,14", "declined,REFER_TO_POLICE,count,1",
                "filtering and monitoring,FIX_FILTER_BYPASS,done on time,1")) {
            assertTrue(lines.contains(line), line + " in\n" + csv);
        }
        assertTrue(lines.stream().allMatch(l -> l.split(",", -1).length == 4), "four columns on every line");
        assertFalse(csv.contains("Police advised"), "no rationale in the governors' CSV");
        assertFalse(csv.contains("pupil-") || csv.contains("subject-1"), "no pupil reference");
        assertEquals(csv, given().get("/api/reports/summary?" + PERIOD + "&format=csv").asString(),
                "format=csv answers as Accept: text/csv does");
    }

    @Test
    void shouldExportTheSummaryAsAPdfHoldingTheNumbers() throws IOException {
        byte[] pdf = given().accept("application/pdf").get("/api/reports/summary?" + PERIOD).then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        String text = text(pdf);
        assertTrue(text.contains("summary for governors"), text);
        assertTrue(text.contains("4 incidents reported"), text);
        assertTrue(text.contains("Police 2 1 1 1 0 0 1 120 120"), text);
        assertTrue(text.contains("Actions still open past their deadline 14"), text);
        assertTrue(text.contains("Close the filter bypass (FIX_FILTER_BYPASS) 1 1 0 0 0 0"), text);
        assertFalse(text.contains("Police advised"), "no rationale in the governors' PDF");
    }

    @Test
    void shouldListTheInspectionDayReferralsWithReferencesAndNoPersonalData() throws IOException {
        JsonPath in = given().get("/api/reports/inspection?" + PERIOD).then().statusCode(200).extract().jsonPath();
        assertEquals(references, in.getList("incidents.reference"));
        assertEquals(List.of("2027-02-08T11:00:00Z", "2027-02-08T09:20:00Z", "2027-02-08T09:10:00Z"),
                in.getList("incidents.dslFirstActedAt").subList(1, 4));
        assertEquals(List.of(references.get(1), references.get(2)), in.getList("localAuthority.reference"));
        assertEquals(List.of("DONE", "OPEN"), in.getList("localAuthority.status"));
        assertEquals(List.of("INFORM_LA"), in.getList("localAuthority.code").stream().distinct().toList());
        assertEquals(List.of(references.get(2)), in.getList("lado.reference"));
        assertEquals("OPEN", in.getString("lado[0].status"));
        String body = in.prettify();
        assertFalse(body.contains("pupil-") || body.contains("subject-1") || body.contains("summary"), body);

        String csv = given().get("/api/reports/inspection?" + PERIOD + "&format=csv").then().statusCode(200)
                .extract().asString();
        assertTrue(csv.startsWith("list,reference,incidentId,schoolId,reportedAt,category,legality,action,status,"
                + "dueAt,completedAt,externalReference,agencyOutcome,incidentStatus\r\n"), csv);
        assertTrue(csv.contains("LADO," + references.get(2) + ","), csv);
        assertEquals(4 + 2 + 1 + 1, csv.lines().count());

        String text = text(given().get("/api/reports/inspection?" + PERIOD + "&format=pdf").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray());
        for (String reference : references) {
            assertTrue(text.contains(reference), reference + " in\n" + text);
        }
        assertTrue(text.contains("LADO referrals (1)"), text);
    }

    @Test
    void shouldShowThePageWithChartsAndTheirNumbers() throws IOException {
        String page = given().get("/reports?" + PERIOD).then().statusCode(200).contentType(ContentType.HTML)
                .extract().asString();
        assertTrue(page.contains("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"bar-chart\" role=\"img\" font-family=\"sans-serif\" font-size=\"13\" id=\"chart-category\""), page);
        assertTrue(page.contains("<title id=\"chart-category-title\">Incidents by category</title>"), page);
        assertTrue(page.contains("Child sexual abuse imagery: 2; Cyberbullying: 1; Filter circumvention: 1."), page);
        assertTrue(page.contains("<th scope=\"row\">Child sexual abuse imagery</th><td class=\"n\">2</td>"), page);
        assertTrue(page.contains("id=\"still-overdue\">14<"), page);
        assertTrue(page.contains("href=\"/api/reports/summary?" + PERIOD.replace("&", "&amp;") + "&amp;format=pdf\""), page);
        assertTrue(page.contains("href=\"/api/reports/inspection?" + PERIOD.replace("&", "&amp;") + "&amp;format=pdf\""), page);
        assertTrue(page.contains(REASON), "the DSL reads the reason on the page");
        String reporter = TestCredentials.bearer(TestCredentials.apiKey("reporter", List.of(SCHOOL)));
        given().header("Authorization", reporter).get("/reports?" + PERIOD).then().statusCode(403)
                .body(not(containsString("<svg")));
        given().header("Authorization", reporter).get("/api/reports/summary?" + PERIOD).then().statusCode(403)
                .contentType(startsWith("application/problem+json"));
    }

    private static String text(byte[] pdf) throws IOException {
        assertEquals("%PDF", new String(pdf, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private static JsonPath summary() {
        return given().get("/api/reports/summary?" + PERIOD).then().statusCode(200)
                .contentType(startsWith("application/json")).extract().jsonPath();
    }

    private static Map<String, Integer> counts(JsonPath s, String list, String key) {
        Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        List<Map<String, Object>> rows = s.getList(list);
        rows.forEach(r -> counts.put((String) r.get(key), (Integer) r.get("count")));
        return counts;
    }

    private static JsonPath report(Map<String, Object> body) {
        body.put("schoolId", SCHOOL);
        body.put("reportedAt", "2027-02-08T09:00:00Z");
        return given().contentType(ContentType.JSON).body(body).post("/api/incidents").then().statusCode(201)
                .extract().jsonPath();
    }

    private void complete(String at, JsonPath incident, String code, Map<String, Object> body) {
        clock.set(at);
        String id = incident.getString("actions.find { it.code == '" + code + "' }.id");
        given().contentType(ContentType.JSON).body(body).post("/api/actions/" + id + "/completion").then()
                .statusCode(200);
    }
}
