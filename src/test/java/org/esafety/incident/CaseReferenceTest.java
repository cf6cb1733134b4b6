package org.esafety.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import org.esafety.support.Cases;
import org.esafety.support.Lifecycle;

/**
 * Issue 20: every incident has a reference that can be read out on the phone, unique per school and year
 * ({@code CLA-2026-0042}: the school's code from its profile, the year in the school's time zone, a number), even when
 * reports arrive at the same moment.
 */
@QuarkusTest
class CaseReferenceTest {

    private static final Pattern REFERENCE = Pattern.compile("([A-Z0-9]{2,8})-(\\d{4})-(\\d{4,})");

    @Test
    void shouldGiveEveryIncidentOfASchoolAndYearItsOwnNumberEvenWhenReportedAtOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<String>> reports = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                reports.add(() -> Lifecycle.report(Cases.filterCircumvention("claines-primary")).getString("reference"));
            }
            List<String> references = new ArrayList<>();
            for (Future<String> f : pool.invokeAll(reports)) {
                references.add(f.get());
            }

            assertEquals(12, references.stream().distinct().count(), "every reference is different: " + references);
            List<Integer> numbers = new ArrayList<>();
            for (String reference : references) {
                Matcher m = REFERENCE.matcher(reference);
                assertTrue(m.matches(), "readable: " + reference);
                assertEquals("CLA", m.group(1), "claines-primary's code from its profile");
                assertEquals("2026", m.group(2), "the year it was reported in");
                numbers.add(Integer.parseInt(m.group(3)));
            }
            int lowest = numbers.stream().min(Integer::compare).orElseThrow();
            assertEquals(lowest + 11, numbers.stream().max(Integer::compare).orElseThrow(), "no number skipped: " + numbers);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void shouldShowTheReferenceInTheViewTheListAndForAnotherSchoolItsOwnCode() {
        JsonPath high = Lifecycle.report(Cases.filterCircumvention("clifton-high"));
        Map<String, Object> old = Cases.filterCircumvention("claines-primary");
        old.put("reportedAt", "2025-12-31T23:30:00Z"); // 23:30 in London: still 2025

        String reference = Lifecycle.report(old).getString("reference");

        assertTrue(high.getString("reference").startsWith("CLH-2026-"), high.getString("reference"));
        assertTrue(reference.startsWith("CLA-2025-"), reference);
        assertEquals(high.getString("reference"), Lifecycle.incident(high.getString("id")).getString("reference"));
        List<String> listed = io.restassured.RestAssured.given().queryParam("schoolId", "claines-primary")
                .queryParam("from", "2025-12-31T00:00:00Z").queryParam("to", "2026-01-01T00:00:00Z")
                .queryParam("size", 100).when().get("/api/incidents").then().statusCode(200).extract()
                .jsonPath().getList("items.reference");
        assertTrue(listed.contains(reference), "the list shows it: " + listed);
    }
}
