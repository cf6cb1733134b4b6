package org.esafety.reminder;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import org.esafety.common.Json;
import org.esafety.school.SchoolRegistry;
import org.esafety.support.OwnCredentials;
import org.esafety.support.TestCredentials;

/**
 * What the DSL and the deputy read of an urgent alert (issue 19): the alert's id, the product, the level and the
 * tray's link, in the e-mail and the webhook body; never the pupil's name, the captured text or the moderator's
 * message.
 */
@QuarkusTest
@OwnCredentials
class UrgentAlertNoticeTest {

    private static final String SCHOOL = "clifton-high";

    @Inject
    Notices notices;
    @Inject
    SchoolRegistry schools;

    @Test
    void shouldSayWhichAlertAndLevelButNothingTheAlertSays() {
        String name = "Name-" + UUID.randomUUID();
        String captured = "captured-" + UUID.randomUUID();
        String message = "moderator-" + UUID.randomUUID();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("eventId", "MON-" + UUID.randomUUID());
        body.put("riskLevel", 5);
        body.put("eventType", "Self-harm");
        body.put("occurredAt", "2026-11-20T10:15:00Z");
        body.put("username", "login-" + name);
        body.put("displayName", name);
        body.put("capturedText", captured);
        body.put("moderatorMessage", message);
        String id = given().header("Authorization", TestCredentials.bearer(TestCredentials.apiKey("integration",
                        List.of(SCHOOL)))).contentType(ContentType.JSON).body(body).post("/api/alerts/monitor").then()
                .statusCode(201).extract().path("id");

        List<Notice> told = QuarkusTransaction.requiringNew().call(() -> Notification.<Notification>list("alertId",
                UUID.fromString(id)).stream().map(n -> notices.alert(n, schools.find(SCHOOL).orElseThrow())).toList());

        assertEquals(2, told.size(), "the DSL and the deputy");
        for (Notice notice : told) {
            String all = notice.subject() + "\n" + notice.text() + "\n" + Json.write(notice.json());
            assertTrue(notice.subject().contains("Urgent alert: level 5 from MONITOR"), notice.subject());
            assertTrue(notice.text().contains(id) && notice.text().contains("/alerts?school=" + SCHOOL + "#alert-" + id),
                    notice.text());
            assertEquals(id, ((Map<?, ?>) notice.json().get("alert")).get("id").toString());
            for (String secret : List.of(name, captured, message, "Self-harm")) {
                assertFalse(all.contains(secret), "a notice never carries " + secret);
            }
        }
    }
}
