package org.esafety.web;

import static io.restassured.RestAssured.given;
import static org.esafety.support.IncidentRequests.party;
import static org.esafety.support.Lifecycle.json;
import static org.esafety.support.Views.liveId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.esafety.support.Cases;
import org.esafety.support.MutableClock;
import org.esafety.support.OwnCredentials;
import org.esafety.support.TestCredentials;

/**
 * Issue 16 on the incident page: who reported it and who did each thing, when it really happened, corrections under
 * completed actions, case notes, the category corrected with a reason, the closure, who may open an allegation, and
 * nothing of the DSL's record on the reporter's page. Each form goes through the service the API uses.
 */
@QuarkusTest
@OwnCredentials
class CaseRecordPagesTest {

    private static final String SCHOOL = "claines-primary";
    private static final String TOKEN = "test-csrf-token-case-record-0123";
    private final MutableClock clock = MutableClock.at("2026-11-20T10:45:00Z");

    @BeforeEach
    void installClock() {
        QuarkusMock.installMockForType(clock, Clock.class);
    }

    @Test
    void shouldShowWhoReportedItWhoRecordedEachActionWhenItHappenedAndItsCorrections() {
        String dsl = user("dsl", "Ms Dsl");
        Map<String, Object> body = Cases.filterCircumvention(SCHOOL);
        body.put("reportedBy", json("role", "CLASS_TEACHER", "ref", "staff-17"));
        JsonPath intake = report(dsl, body);
        String id = intake.getString("id");
        String action = liveId(intake, "FIX_FILTER_BYPASS");

        String page = page(dsl, id);
        String reportedBy = between(page, "id=\"reported-by\">", "</dd>");
        assertTrue(reportedBy.contains("Ms Dsl") && reportedBy.contains(dsl), reportedBy);
        assertTrue(between(page, "id=\"raised-by\">", "</dd>").contains("CLASS_TEACHER <span class=\"mono\">staff-17"), page);
        assertTrue(page.contains("name=\"actedAt\""), "the completion form asks when it really happened");

        Response future = form(dsl).formParam("outcome", "DONE").formParam("actedAt", "2026-11-21T09:00")
                .formParam("note", "kept note").post("/incidents/" + id + "/actions/" + action + "/completion");
        assertEquals(400, future.statusCode());
        assertTrue(future.asString().contains("actedAt may not be in the future") && future.asString().contains(">kept note</textarea>"),
                "refused beside the form, what was typed kept");
        assertEquals("OPEN", api(dsl, id).getString("actions.find { it.id == '" + action + "' }.status"));

        Response done = form(dsl).formParam("outcome", "DONE").formParam("actedAt", "2026-11-20T09:40")
                .formParam("externalReference", "HD-71").post("/incidents/" + id + "/actions/" + action + "/completion");
        assertEquals(303, done.statusCode(), done.asString());
        assertTrue(done.header("Location").endsWith("?done=" + action + "#action-" + action), done.header("Location"));
        String completed = between(page(dsl, id), "<li id=\"action-" + action + "\"", "</li>");
        assertTrue(completed.contains("recorded by Ms Dsl"), completed);
        assertTrue(completed.contains("it happened <time datetime=\"2026-11-20T09:40:00Z\">"), completed);
        assertTrue(completed.contains("action=\"/incidents/" + id + "/actions/" + action + "/addenda\""), "a correction form");

        String addenda = "/incidents/" + id + "/actions/" + action + "/addenda";
        Response blank = form(dsl).formParam("text", " ").formParam("externalReference", "HD-77").post(addenda);
        assertEquals(400, blank.statusCode());
        assertTrue(blank.asString().contains("text is required") && blank.asString().contains("value=\"HD-77\""),
                "the service's message beside the form, the reference kept");
        form(user("reporter", "Someone Else")).formParam("text", "not mine to correct").post(addenda).then().statusCode(403);
        Response corrected = form(dsl).formParam("text", "The ticket was HD-77, not HD-71")
                .formParam("actedAt", "2026-11-20T09:50").formParam("externalReference", "HD-77").post(addenda);
        assertEquals(303, corrected.statusCode(), corrected.asString());
        assertTrue(corrected.header("Location").contains("?done=corrected#action-" + action));

        String after = as(dsl).get(corrected.header("Location").replaceFirst("#.*", "")).then().statusCode(200).extract().asString();
        assertTrue(after.contains("The correction was added under the action."), "the flash says what was done");
        String correction = between(after, "<li class=\"addendum\">", "</li>");
        assertTrue(correction.contains("by Ms Dsl") && correction.contains("The ticket was HD-77, not HD-71")
                && correction.contains("datetime=\"2026-11-20T09:50:00Z\"") && correction.contains("HD-77"), correction);
        JsonPath stored = api(dsl, id);
        assertEquals("HD-71", stored.getString("actions.find { it.id == '" + action + "' }.externalReference"),
                "nothing recorded is overwritten");
        assertEquals(1, stored.getList("actions.find { it.id == '" + action + "' }.addenda").size());
    }

    @Test
    void shouldAddCaseNotesFromThePageAndListThemInOrderWithWhoAndWhen() {
        String dsl = user("dsl", "Ms Dsl");
        String id = report(dsl, Cases.cyberbullying()).getString("id");
        assertTrue(page(dsl, id).contains("No notes yet."));

        Response refused = form(dsl).formParam("text", "Called the parent, kept text").post("/incidents/" + id + "/notes");
        assertEquals(400, refused.statusCode());
        assertTrue(refused.asString().contains("kind is required") && refused.asString().contains(">Called the parent, kept text</textarea>"));
        assertEquals(List.of(), api(dsl, id).getList("notes"), "nothing written");

        Response first = form(dsl).formParam("kind", "CALL").formParam("text", "Called [[Mrs Khan]], the parent")
                .formParam("occurredAt", "2026-11-20T10:35").post("/incidents/" + id + "/notes");
        assertEquals(303, first.statusCode(), first.asString());
        assertTrue(first.header("Location").endsWith("?done=noted#notes"));
        clock.set("2026-11-20T11:00:00Z");
        form(dsl).formParam("kind", "MEETING").formParam("text", "Strategy meeting held").post("/incidents/" + id + "/notes")
                .then().statusCode(303);
        form(user("reporter", "Someone Else")).formParam("kind", "CALL").formParam("text", "x").post("/incidents/" + id + "/notes")
                .then().statusCode(403);

        String notes = between(page(dsl, id), "<ol class=\"case-notes\">", "</ol>");
        int call = notes.indexOf("Called [[Mrs Khan]], the parent");
        int meeting = notes.indexOf("Strategy meeting held");
        assertTrue(call > 0 && meeting > call, "in the order written: " + notes);
        assertTrue(notes.contains("<strong>Call</strong>, written <time datetime=\"2026-11-20T10:45:00Z\">"), notes);
        assertTrue(notes.contains("by Ms Dsl; it happened <time datetime=\"2026-11-20T10:35:00Z\">"), notes);
        assertTrue(notes.contains("<strong>Meeting</strong>, written <time datetime=\"2026-11-20T11:00:00Z\">"), notes);

        String audited = page(user("auditor", "Mr Auditor"), id);
        assertTrue(audited.contains("Called [redacted], the parent"), "an auditor reads what is marked for it");
        assertFalse(audited.contains("Mrs Khan") || audited.contains("Strategy meeting held") || audited.contains("Ms Dsl"));
        assertFalse(audited.contains("Add a case note"), "an auditor has no forms");
    }

    @Test
    void shouldCorrectTheCategoryOnlyWithAReasonAndShowEachReasonAndActorInTheHistory() {
        String dsl = user("dsl", "Ms Dsl");
        Map<String, Object> body = Cases.incident(SCHOOL, "INAPPROPRIATE_COMMUNICATION");
        body.put("parties", Cases.list(party("INSTIGATOR", "CHILD", 15, "p-2"), party("VICTIM", "CHILD", 11, "p-1")));
        String id = report(dsl, body).getString("id");
        String page = page(dsl, id);
        String select = between(page, "<select id=\"r-category\" name=\"category\">", "</select>");
        assertTrue(select.contains("<option value=\"\">No change: Inappropriate communication"), select);
        assertFalse(select.contains("value=\"INAPPROPRIATE_COMMUNICATION\""), "the current one is 'no change'");
        assertTrue(select.contains("value=\"GROOMING_OR_SEXUAL_EXPLOITATION\""), select);

        Response refused = form(dsl).formParam("category", "GROOMING_OR_SEXUAL_EXPLOITATION").post("/incidents/" + id + "/reassessment");
        assertEquals(400, refused.statusCode());
        assertTrue(refused.asString().contains("correcting the category needs the reason for it"), "the service's rule");
        assertTrue(refused.asString().contains("value=\"GROOMING_OR_SEXUAL_EXPLOITATION\" selected"), "the choice is kept");
        assertEquals("INAPPROPRIATE_COMMUNICATION", api(dsl, id).getString("category"));

        form(dsl).formParam("category", "GROOMING_OR_SEXUAL_EXPLOITATION")
                .formParam("reason", "Messages say 'you're my favourite, don't tell your mum'")
                .formParam("reassessedBy", "Mrs Head").post("/incidents/" + id + "/reassessment").then().statusCode(303);

        assertEquals("GROOMING_OR_SEXUAL_EXPLOITATION", api(dsl, id).getString("category"), "re-decided with the new category");
        String history = between(page(dsl, id), "<section class=\"history\"", "</section>");
        assertTrue(history.contains("Reason: Messages say &#39;you&#39;re my favourite, don&#39;t tell your mum&#39;"), history);
        assertTrue(history.contains("By Ms Dsl on behalf of Mrs Head."), history);
        assertTrue(history.contains("By Ms Dsl."), "the intake's actor too: " + history);
    }

    @Test
    void shouldShowWhoClosedTheCaseWhenAndTheNote() {
        String dsl = user("dsl", "Ms Dsl");
        JsonPath intake = report(dsl, Cases.filterCircumvention(SCHOOL));
        String id = intake.getString("id");
        for (Object action : intake.getList("actions.id")) {
            as(dsl).contentType(ContentType.JSON).body(json("externalReference", "R-1"))
                    .post("/api/actions/" + action + "/completion").then().statusCode(200);
        }
        clock.set("2026-11-23T09:00:00Z");
        Response closed = form(dsl).formParam("note", "All done; parents informed").formParam("closedBy", "Mr Office")
                .post("/incidents/" + id + "/closure");
        assertEquals(303, closed.statusCode(), closed.asString());

        String page = page(dsl, id);
        String record = between(page, "<section class=\"closed\" id=\"closure-record\"", "</section>");
        assertTrue(record.contains("Closed <time datetime=\"2026-11-23T09:00:00Z\">"), record);
        assertTrue(record.contains("(Mon 23 Nov 2026 09:00)"), "the full date, for the printed record: " + record);
        assertTrue(record.contains("by Ms Dsl on behalf of Mr Office"), record);
        assertTrue(record.contains("Closing note: All done; parents informed"), record);
        assertFalse(page.contains("Close the incident</button>"), "no closure form once closed");
        assertTrue(page.contains("Add a case note"), "notes may still be added to a closed case");
    }

    @Test
    void shouldListWhoMayOpenAnAllegationForTheDslOnly() {
        String dsl = user("dsl", "Ms Dsl");
        Map<String, Object> body = Cases.incident(SCHOOL, "INAPPROPRIATE_COMMUNICATION");
        body.put("parties", Cases.list(party("INSTIGATOR", "HEADTEACHER", null, "head"), party("VICTIM", "CHILD", 13, "p")));
        String allegation = report(dsl, body).getString("id");
        String ordinary = report(dsl, Cases.cyberbullying()).getString("id");

        String access = between(page(dsl, allegation), "<section class=\"access\" id=\"access\"", "</section>");
        assertTrue(access.contains("Who may open this case"), access);
        assertTrue(access.contains("Ms Dsl <span class=\"mono meta\">" + dsl + "</span>"), access);
        assertTrue(access.contains("recorded in the audit trail"), access);
        assertFalse(page(dsl, ordinary).contains("Who may open this case"), "not an allegation: no list");
    }

    @Test
    void shouldShowTheReporterNothingOfWhatTheDslWritesAfterwards() {
        String reporter = user("reporter", "Mr Teacher");
        String dsl = user("dsl", "Ms Dsl");
        String marker = "M" + UUID.randomUUID().toString().substring(0, 8);
        JsonPath reported = report(reporter, Cases.cyberbullying());
        String id = reported.getString("id");
        JsonPath full = api(dsl, id);

        form(dsl).formParam("kind", "ADVICE").formParam("text", "LADO advised " + marker).post("/incidents/" + id + "/notes")
                .then().statusCode(303);
        String parents = liveId(full, "INFORM_PARENTS");
        form(dsl).formParam("outcome", "NOT_REQUIRED").formParam("rationale", "Rationale of substance " + marker)
                .formParam("note", "note " + marker).formParam("externalReference", "REF-" + marker)
                .post("/incidents/" + id + "/actions/" + parents + "/completion").then().statusCode(303);
        form(dsl).formParam("text", "Addendum " + marker).post("/incidents/" + id + "/actions/" + parents + "/addenda")
                .then().statusCode(303);
        form(dsl).formParam("category", "ONLINE_SEXUAL_HARASSMENT").formParam("reason", "Reason " + marker)
                .post("/incidents/" + id + "/reassessment").then().statusCode(303);
        assertTrue(page(dsl, id).contains(marker), "the DSL reads it on the page");

        String seen = page(reporter, id);
        assertFalse(seen.contains(marker), "the reporter's page holds none of the DSL's notes, rationales, "
                + "references, corrections or reasons");
        assertFalse(seen.contains("Case notes") || seen.contains("Evaluation history"), seen);
        assertTrue(seen.contains("Cyberbullying"), "its own report, as it made it");
        assertTrue(between(seen, "id=\"reported-by\">", "</dd>").contains("Mr Teacher"));
    }

    // --- helpers

    /** A new user of {@code role} at the school with a display name; its principal ("user:…"). */
    private static String user(String role, String displayName) {
        String name = role + "-" + UUID.randomUUID().toString().substring(0, 8);
        given().auth().preemptive().basic(TestCredentials.ADMIN, TestCredentials.ADMIN_PASSWORD)
                .contentType(ContentType.JSON).body(json("username", name, "password", "a-long-enough-password-" + name,
                        "role", role, "schoolIds", List.of(SCHOOL), "displayName", displayName))
                .post("/api/admin/users").then().statusCode(201);
        return "user:" + name;
    }

    private static RequestSpecification as(String principal) {
        String name = principal.substring("user:".length());
        return given().auth().preemptive().basic(name, "a-long-enough-password-" + name);
    }

    /** A page form as the browser sends it: the token in the cookie and in the field, redirects not followed. */
    private static RequestSpecification form(String principal) {
        return as(principal).redirects().follow(false).contentType(ContentType.URLENC).cookie(CsrfToken.COOKIE, TOKEN)
                .formParam("csrf", TOKEN);
    }

    private static JsonPath report(String principal, Map<String, Object> body) {
        return as(principal).contentType(ContentType.JSON).body(body).post("/api/incidents").then().statusCode(201)
                .extract().jsonPath();
    }

    private static JsonPath api(String principal, String id) {
        return as(principal).get("/api/incidents/" + id).then().statusCode(200).extract().jsonPath();
    }

    private static String page(String principal, String id) {
        return as(principal).get("/incidents/" + id).then().statusCode(200).contentType(ContentType.HTML).extract().asString();
    }

    private static String between(String text, String from, String to) {
        int start = text.indexOf(from);
        assertTrue(start >= 0, "no " + from + " in the page");
        int end = text.indexOf(to, start + from.length());
        return text.substring(start, end < 0 ? text.length() : end);
    }
}
