package org.esafety.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import java.util.Map;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import org.esafety.support.Cases;
import org.esafety.support.OwnCredentials;
import org.esafety.support.TestCredentials;

/** At 360 px wide: nothing scrolls sideways, every field has a label, and an action can be completed by keyboard alone. */
@QuarkusTest
@io.quarkus.test.junit.TestProfile(BrowserProfile.class)
@OwnCredentials
@InBrowser
class AccessibleInBrowserTest {

    private static final String SCHOOL = "offord-primary";
    /** Every visible form control without a label (by for=, wrapping, or aria-label). */
    private static final String UNLABELLED = "return [...document.querySelectorAll('input,select,textarea')]"
            + ".filter(e => e.type !== 'hidden' && e.labels.length === 0 && !e.getAttribute('aria-label'))"
            + ".map(e => e.name || e.id);";
    private static final String OVERFLOW = "return document.documentElement.scrollWidth - window.innerWidth;";

    @TestHTTPResource("/")
    URL base;

    @Test
    void shouldWorkOnANarrowScreenWithLabelsAndTheKeyboardAlone() {
        String key = TestCredentials.bearer(TestCredentials.apiKey("dsl", List.of(SCHOOL)));
        Map<String, Object> body = Cases.filterCircumvention(SCHOOL);
        String id = given().header("Authorization", key).contentType(ContentType.JSON).body(body).post("/api/incidents")
                .then().statusCode(201).extract().path("id");

        try (Browser browser = new Browser(base, 360, 740)) {
            browser.signIn(Browser.user("dsl", List.of(SCHOOL)));
            for (String page : List.of("/", "/report", "/incidents/" + id)) {
                browser.open(page);
                assertEquals(0L, ((Number) browser.script(OVERFLOW)).longValue(), page + " scrolls sideways at 360 px");
                assertEquals(List.of(), browser.script(UNLABELLED), page + " has fields without a label");
            }
            browser.open("/");
            browser.screenshot("board-360");
            browser.open("/incidents/" + id);
            browser.screenshot("incident-360");

            String firstAction = browser.find("article.action").getAttribute("id");
            // Keyboard only: Tab to the first "Record the outcome", open it with Enter, Tab to its button, Enter.
            Actions keys = new Actions(browser.driver);
            assertTrue(tabTo(keys, browser, "Record the outcome"), "the first action's form is reachable with Tab");
            keys.sendKeys(Keys.ENTER).perform();
            // Nothing is chosen for the person: Tab to the first outcome (Done) and choose it with Space.
            keys.sendKeys(Keys.TAB).perform();
            assertEquals("DONE", browser.driver.switchTo().activeElement().getAttribute("value"));
            keys.sendKeys(Keys.SPACE).perform();
            assertTrue(tabTo(keys, browser, "Record outcome"), "its button is reachable with Tab");
            keys.sendKeys(Keys.ENTER).perform();
            browser.waitForText(".flash", "Recorded");
            assertTrue(browser.find(".finished #" + firstAction).getText().contains("DONE"));

            // Signing out ends the session in this browser.
            browser.find(".signout button").click();
            browser.waitFor(d -> d.getCurrentUrl().contains("/login?signedOut"));
            browser.open("/");
            browser.waitFor(d -> d.getCurrentUrl().endsWith("/login"));
        }
    }

    private static boolean tabTo(Actions keys, Browser browser, String text) {
        for (int i = 0; i < 200; i++) {
            keys.sendKeys(Keys.TAB).perform();
            WebElement focused = browser.driver.switchTo().activeElement();
            if (text.equals(focused.getText().strip())) {
                return true;
            }
        }
        return false;
    }
}
