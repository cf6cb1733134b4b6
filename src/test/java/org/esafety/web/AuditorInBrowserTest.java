package org.esafety.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import org.esafety.support.OwnCredentials;

/** An auditor reads the rule set in force and one rule file as loaded, in a real browser. */
@QuarkusTest
@io.quarkus.test.junit.TestProfile(BrowserProfile.class)
@OwnCredentials
@InBrowser
class AuditorInBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void shouldOpenTheRulesPageAndARuleFile() {
        String version = io.restassured.RestAssured.given()
                .header("Authorization", org.esafety.support.TestCredentials.bearer(
                        org.esafety.support.TestCredentials.apiKey("auditor", List.of("thingwall-primary"))))
                .get("/api/rules").then().statusCode(200).extract().path("version");
        try (Browser browser = new Browser(base, 1280, 900)) {
            browser.signIn(Browser.user("auditor", List.of("thingwall-primary")));
            browser.find("a[href='/rules']").click();
            browser.waitFor(d -> d.getTitle().startsWith("Rules"));
            assertEquals(version, browser.find("#ruleset-version").getText());
            // Each file with its rules: name, id, source.
            WebElement legality = browser.find("section[id='file-legality.drl']");
            WebElement rule = legality.findElement(By.cssSelector("article.rule"));
            assertTrue(rule.getText().contains("LEG-"), rule.getText());
            assertTrue(rule.findElement(By.cssSelector(".source")).getText().startsWith("Source:"));
            assertTrue(browser.all("table.scenarios tbody tr").size() > 100, "the scenarios are listed");
            assertTrue(browser.all("section.flowchart svg").size() == 1, "the flowchart, unlit");
            assertTrue(browser.all("section.flowchart svg .lit").isEmpty());
            browser.screenshot("rules");

            legality.findElement(By.linkText("Read the file as loaded")).click();
            browser.waitFor(d -> d.getCurrentUrl().endsWith("/rules/files/legality.drl"));
            String text = browser.find("pre.listing").getText();
            assertTrue(text.contains("rule \"Child sexual abuse imagery is illegal\""), "the file exactly as loaded");
            assertTrue(browser.all("pre.listing .line").size() > 50);
            browser.screenshot("rule-file");

            browser.open("/rules");
            browser.find("table.scenarios tbody tr a").click();
            browser.waitFor(d -> d.getCurrentUrl().contains("/rules/scenarios/"));
            assertTrue(browser.find("pre.listing").getText().contains("expect:"));
        }
    }
}
