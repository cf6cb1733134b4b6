package org.esafety.incident;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.esafety.support.Cases;
import org.esafety.support.Lifecycle;

/**
 * A page of the incident list costs a fixed number of SQL statements whatever its size (issue 15: it was about a
 * hundred a page): incidents, their count, parties, latest evaluations, actions, instructions, notifications, case
 * notes, announcements and receipts are each read for the whole page at once, the access list once per school.
 */
@QuarkusTest
class IncidentListStatementsTest {

    /** A window of reportedAt that only this test reports into. */
    private static final String FROM = "2025-03-03T00:00:00Z";
    private static final String TO = "2025-03-04T00:00:00Z";

    @Inject
    EntityManagerFactory factory;

    @BeforeEach
    void reportTwentyFiveIncidentsWithActionsAndInstructions() {
        if (page(1).getInt("total") >= 25) {
            return;
        }
        for (int i = 0; i < 25; i++) {
            Map<String, Object> body = i % 2 == 0 ? Cases.cyberbullying() : Cases.abuseImagery("CHILD");
            body.put("schoolId", "claines-primary");
            body.put("reportedAt", Instant.parse(FROM).plusSeconds(60L * (i + 1)).toString());
            Lifecycle.report(body);
        }
    }

    @Test
    void shouldReadAPageInAFixedNumberOfStatementsWhateverItsSize() {
        long five = statementsFor(5);
        long twenty = statementsFor(20);
        long hundred = statementsFor(100);

        assertEquals(five, twenty, "a page of 20 costs what a page of 5 does");
        assertEquals(five, hundred, "a page of 100 (25 incidents) costs what a page of 5 does");
        // Incidents and their count, parties, latest evaluations, actions, instructions, notifications, case notes,
        // announcements to the DSL, receipts, and the access list's users and keys (once per school): 13 or fewer.
        assertTrue(five <= 13, "statements per page: " + five);
    }

    private long statementsFor(int size) {
        Statistics statistics = factory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        JsonPath page = page(size);
        long statements = statistics.getPrepareStatementCount();
        List<Map<String, Object>> items = page.getList("items");
        assertEquals(Math.min(size, 25), items.size());
        assertTrue(items.stream().allMatch(i -> !((List<?>) i.get("actions")).isEmpty()
                && !((List<?>) i.get("parties")).isEmpty()), "every incident shown whole");
        return statements;
    }

    private static JsonPath page(int size) {
        return given().queryParam("schoolId", "claines-primary").queryParam("from", FROM).queryParam("to", TO)
                .queryParam("size", size).when().get("/api/incidents").then().statusCode(200).extract().jsonPath();
    }
}
