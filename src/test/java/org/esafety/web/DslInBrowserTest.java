package org.esafety.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.esafety.support.Cases;
import org.esafety.support.OwnCredentials;
import org.esafety.support.TestCredentials;

/**
 * A DSL's day in a real browser: the board shows the new incident, the DSL opens it, completes one action saying when
 * it really happened, declines another with a rationale (refused first without one), adds a case note, records the
 * police's outcome and sees the superseded actions and those kept open as no longer required, which stay marked
 * through a further reassessment; the printed record carries the notes.
 */
@QuarkusTest
@io.quarkus.test.junit.TestProfile(BrowserProfile.class)
@OwnCredentials
@InBrowser
class DslInBrowserTest {

    private static final String SCHOOL = "thingwall-primary";

    @TestHTTPResource("/")
    URL base;

    @Test
    void shouldWorkAnIncidentFromTheBoardToTheReassessment() {
        String key = TestCredentials.bearer(TestCredentials.apiKey("dsl", List.of(SCHOOL)));
        // Beside it on the board: a pupil in immediate danger (an emergency, pinned) and older, overdue incidents.
        post(key, Cases.immediateDanger(SCHOOL));
        Map<String, Object> bullying = Cases.cyberbullying();
        bullying.put("schoolId", SCHOOL);
        post(key, bullying);
        Map<String, Object> body = Cases.reportedIllegalUnsuitableContent();
        body.remove("reportedAt");
        JsonPath incident = post(key, body);
        String id = incident.getString("id");
        // What stays required once the police find nothing illegal (the dry run of the same facts and outcome).
        Map<String, Object> afterPolice = new HashMap<>(body);
        afterPolice.put("externalOutcome", "NO_ILLEGAL_ACTIVITY");
        Set<String> stillRequired = Set.copyOf(given().header("Authorization", key).contentType(ContentType.JSON)
                .body(afterPolice).post("/api/evaluations").then().statusCode(200).extract().jsonPath()
                .getList("actions.code", String.class));
        List<Map<String, Object>> actions = incident.getList("actions");
        List<Map<String, Object>> kept = actions.stream().filter(a -> stillRequired.contains((String) a.get("code"))).toList();
        Set<String> dropped = actions.stream().map(a -> (String) a.get("code")).filter(c -> !stillRequired.contains(c))
                .collect(Collectors.toSet());
        assertTrue(kept.size() >= 2 && !dropped.isEmpty(), "the case needs actions that stay and actions that go: " + actions);
        String doneId = (String) kept.get(0).get("id");
        String declinedId = (String) kept.get(1).get("id");
        // When it really happened: the minute it was reported, in the school's time, as the DSL would type it.
        String actedAt = java.time.Instant.parse(incident.getString("reportedAt")).atZone(java.time.ZoneId.of("Europe/London"))
                .toLocalDateTime().truncatedTo(java.time.temporal.ChronoUnit.MINUTES).toString();

        try (Browser browser = new Browser(base, 1280, 900)) {
            browser.signIn(Browser.user("dsl", List.of(SCHOOL)));
            // The board: this incident's actions link to it; the emergency is pinned above everything.
            assertTrue(browser.driver.getTitle().startsWith("Board"), browser.driver.getTitle());
            List<WebElement> rows = browser.all("table.board tbody tr");
            assertTrue(rows.get(0).getAttribute("class").contains("pinned"), "emergencies first");
            assertTrue(rows.get(0).getText().contains("EMERGENCY"), rows.get(0).getText());
            assertTrue(browser.all("tr.overdue .tag.overdue").size() > 0, "overdue says so in words");
            // The board starts with what the DSL may record: at Thingwall the headteacher is the DSL, so the
            // headteacher's actions are among them, with the DSL's, the deputy's and the reporter's.
            List<WebElement> links = browser.all("table.board a[href^='/incidents/" + id + "']");
            assertEquals(actions.stream().filter(a -> List.of("DSL", "DEPUTY_DSL", "REPORTER", "HEADTEACHER")
                    .contains(a.get("responsible"))).count(), links.size(), "the new incident's actions the DSL records");
            assertEquals(1, browser.all("section#case-" + id).size(), "under its case");
            browser.screenshot("board");

            links.get(0).click();
            browser.waitFor(d -> d.getCurrentUrl().contains("/incidents/" + id));
            assertTrue(browser.find("main section.mustnot").isDisplayed(), "the must-not box");
            assertTrue(browser.all("svg .lit").size() > 0, "the decision's path is lit on the flowchart");
            browser.screenshot("incident");

            // Complete one action.
            WebElement done = browser.find("#action-" + doneId);
            done.findElement(org.openqa.selenium.By.cssSelector("details.record summary")).click();
            browser.find("#complete-" + doneId + "-done").click();
            // A datetime-local field's typing order follows the browser's locale: set its value as the picker would.
            browser.script("arguments[0].value = arguments[1]", browser.find("#complete-" + doneId + "-acted"), actedAt);
            done.findElement(org.openqa.selenium.By.cssSelector("button[type=submit]")).click();
            browser.waitForText(".flash", "Recorded");
            WebElement recorded = browser.find(".finished #action-" + doneId);
            assertTrue(recorded.getText().contains("DONE") && recorded.getText().contains("it happened"), recorded.getText());
            assertEquals(java.time.LocalDateTime.parse(actedAt).atZone(java.time.ZoneId.of("Europe/London")).toInstant().toString(),
                    recorded.findElement(org.openqa.selenium.By.cssSelector(".acted time")).getAttribute("datetime"));

            // Decline another: refused without a rationale, accepted with one.
            browser.find("#action-" + declinedId + " details.record summary").click();
            browser.find("#complete-" + declinedId + "-nr").click();
            browser.find("#action-" + declinedId + " button[type=submit]").click();
            browser.waitFor(d -> !d.findElements(org.openqa.selenium.By.cssSelector("#action-" + declinedId + " .field-error")).isEmpty());
            assertTrue(browser.find("#action-" + declinedId + " .field-error").getText().contains("rationale"));
            assertTrue(browser.find("#complete-" + declinedId + "-nr").isSelected(), "the choice is kept");
            browser.find("#complete-" + declinedId + "-rationale").sendKeys("Already handled by the class teacher today");
            browser.find("#action-" + declinedId + " button[type=submit]").click();
            browser.waitForText(".flash", "Recorded");
            String declined = browser.find(".finished #action-" + declinedId).getText();
            assertTrue(declined.contains("NOT REQUIRED") && declined.contains("Already handled by the class teacher today"), declined);

            // A case note: a call with a parent, in the record in the order written.
            browser.find("section.notes details.record summary").click();
            new Select(browser.find("#n-kind")).selectByValue("CALL");
            browser.find("#n-text").sendKeys("Called the parent of [[pupil-31]]: the phone stays at home");
            browser.find("section.notes button[type=submit]").click();
            browser.waitForText(".flash", "The note was added");
            String notes = browser.find("ol.case-notes").getText();
            assertTrue(notes.contains("Call") && notes.contains("Called the parent of [[pupil-31]]: the phone stays at home"), notes);

            // The police's outcome: the rules run again. An action no longer required is superseded, except an
            // urgent one (bands 1-4) still open: that stays open, marked, for a person to record (decision-table §4, v6).
            new Select(browser.find("#r-outcome")).selectByValue("NO_ILLEGAL_ACTIVITY");
            browser.find("section.reassess button[type=submit]").click();
            browser.waitForText(".flash", "new facts were recorded");
            String superseded = browser.all("ul.superseded").stream().map(WebElement::getText).findFirst().orElse("");
            for (String code : dropped) {
                Map<String, Object> action = actions.stream().filter(a -> code.equals(a.get("code"))).findFirst().orElseThrow();
                String title = (String) action.get("title");
                List<WebElement> stillOpen = browser.all("section.actions article#action-" + action.get("id") + " .no-longer");
                assertTrue(superseded.contains(title) || !stillOpen.isEmpty(),
                        title + " superseded or marked no longer required: " + superseded);
            }
            assertEquals(2, browser.all("section.history li time").size(), "two evaluations in the history");
            assertEquals("Inappropriate, not illegal", browser.find("#decision").getText(), "the new decision");
            assertTrue(browser.find("section.facts").getText().contains("No illegal activity found"), "the police's outcome");
            browser.screenshot("incident-reassessed");

            // Kept open and marked: a further reassessment (the DSL's own view, with its reason) keeps the mark and its time.
            Map<String, String> marked = new HashMap<>();
            for (WebElement mark : browser.all("section.actions article .no-longer")) {
                marked.put(mark.findElement(org.openqa.selenium.By.xpath("./ancestor::article")).getAttribute("id"),
                        mark.findElement(org.openqa.selenium.By.tagName("time")).getAttribute("datetime"));
            }
            assertFalse(marked.isEmpty(), "an urgent action the rules no longer require stays open, marked");
            new Select(browser.find("#r-assessment")).selectByValue("INAPPROPRIATE");
            browser.find("#r-reason").sendKeys("The police found nothing illegal and I agree");
            browser.find("section.reassess button[type=submit]").click();
            browser.waitForText(".flash", "new facts were recorded");
            marked.forEach((article, since) -> assertEquals(since,
                    browser.find("#" + article + " .no-longer time").getAttribute("datetime"), article + " keeps its mark"));
            assertEquals(3, browser.all("section.history li time").size(), "three evaluations in the history");
            assertTrue(browser.find("section.history").getText().contains("Reason: The police found nothing illegal and I agree"));

            // Printed, the page is the e-safety incident log form: no forms or menus, every reason shown.
            browser.script("window.dispatchEvent(new Event('beforeprint'))");
            ((org.openqa.selenium.chromium.ChromiumDriver) browser.driver).executeCdpCommand("Emulation.setEmulatedMedia",
                    Map.of("media", "print"));
            assertTrue(browser.find(".form-title").isDisplayed(), "the log form's heading");
            assertTrue(browser.all("form").stream().noneMatch(WebElement::isDisplayed), "no forms on paper");
            assertTrue(browser.find("#action-" + doneId).isDisplayed());
            assertTrue(browser.all("details.why .reasons").stream().allMatch(WebElement::isDisplayed), "every reason printed");
            assertTrue(browser.find("ol.case-notes").isDisplayed(), "the case notes are in the printed record");
            browser.screenshot("incident-print");
            String pdf = ((org.openqa.selenium.PrintsPage) browser.driver).print(new org.openqa.selenium.print.PrintOptions()).getContent();
            assertTrue(java.util.Base64.getDecoder().decode(pdf).length > 10_000, "a printable record");
        }
    }

    private static JsonPath post(String key, Map<String, Object> body) {
        return given().header("Authorization", key).contentType(ContentType.JSON).body(body).post("/api/incidents")
                .then().statusCode(201).extract().jsonPath();
    }
}
