package org.esafety.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import java.util.UUID;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.esafety.support.OwnCredentials;

/** A member of staff reports an incident through the form and sees the decision at once, in a real browser. */
@QuarkusTest
@io.quarkus.test.junit.TestProfile(BrowserProfile.class)
@OwnCredentials
@InBrowser
class ReportInBrowserTest {

    private static final String SCHOOL = "clifton-high";

    @TestHTTPResource("/")
    URL base;

    @Test
    void shouldReportThroughTheFormAndSeeWhatMustHappenNow() {
        String summary = "Year 10 pupil airdropped an image to a classmate " + UUID.randomUUID();
        try (Browser browser = new Browser(base, 1280, 900)) {
            browser.signIn(Browser.user("reporter", List.of(SCHOOL)));
            // A reporter lands on the form, which starts with what to do if the material is on a screen now.
            browser.waitFor(d -> d.getCurrentUrl().endsWith("/report"));
            assertTrue(browser.find(".guidance").getText().contains("Switch off the monitor"));

            // A first try without a category is refused, with the message beside the field and nothing lost.
            browser.find("#summary").sendKeys(summary);
            browser.find("button.primary").click();
            browser.waitFor(d -> !d.findElements(By.cssSelector(".error-summary")).isEmpty());
            assertTrue(browser.find("#category .field-error").getText().contains("category is required"));
            assertEquals(summary, browser.find("#summary").getAttribute("value"));

            browser.find("label[for='cat-CHILD_SEXUAL_ABUSE_IMAGERY']").click();
            new Select(browser.find("[id='parties[0].role']")).selectByValue("INSTIGATOR");
            new Select(browser.find("[id='parties[0].kind']")).selectByValue("CHILD");
            browser.find("[id='parties[0].age']").sendKeys("15");
            new Select(browser.find("[id='parties[1].role']")).selectByValue("VICTIM");
            new Select(browser.find("[id='parties[1].kind']")).selectByValue("CHILD");
            browser.find("[id='parties[1].age']").sendKeys("14");
            new Select(browser.find("[id='parties[2].role']")).selectByValue("WITNESS");
            new Select(browser.find("[id='parties[2].kind']")).selectByValue("VISITOR");
            new Select(browser.find("[id='parties[2].agencyOrContractor']")).selectByValue("yes");
            browser.find("label[for='c-immediateDanger-no']").click();
            browser.find("label[for='c-deliberate-yes']").click();
            new Select(browser.find("#reportedLegality")).selectByValue("ILLEGAL");
            browser.find("#reporterRole").sendKeys("Form tutor");
            browser.screenshot("report-form");
            browser.find("button.primary").click();

            browser.waitFor(d -> d.getCurrentUrl().contains("/incidents/"));
            String url = browser.driver.getCurrentUrl();
            WebElement now = browser.find("section.now");
            assertTrue(now.getText().contains("What must happen now"));
            List<WebElement> steps = now.findElements(By.cssSelector("ol li"));
            assertFalse(steps.isEmpty(), "the actions required, in order");
            assertTrue(now.getText().contains("Illegal"), now.getText());
            // The must-not box comes before everything else on the page.
            WebElement first = browser.find("main h1 ~ *");
            assertEquals("mustnot", first.getAttribute("class"), "the must-not box directly under the heading");
            assertTrue(first.getText().contains("Do not"));
            // The summary is on the page for its reporter, but never in the title or the address.
            assertTrue(browser.find("section.facts").getText().contains(summary));
            assertTrue(browser.find("section.facts").getText()
                    .contains("Witness: Visitor, employed by a supply agency or contractor"), "the agency answer is kept");
            assertFalse(browser.driver.getTitle().contains("airdropped"));
            assertFalse(url.contains("airdropped"));
            // A reporter has no forms to complete actions.
            assertTrue(browser.all("form.complete").isEmpty());
            browser.screenshot("report-decision");
        }
    }
}
