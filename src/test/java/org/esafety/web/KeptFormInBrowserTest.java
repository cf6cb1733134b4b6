package org.esafety.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import org.esafety.support.OwnCredentials;

/**
 * Issue 16, "nothing typed is lost", in a real browser with a real idle session of 20 seconds: the page warns before
 * the session runs out and "Stay signed in" renews it; once it has run out, the report typed is sent anyway, the
 * sign-in form says it was kept, and signing in again lands on the same form with everything typed.
 */
@QuarkusTest
@TestProfile(KeptFormInBrowserTest.ShortSessions.class)
@OwnCredentials
@InBrowser
class KeptFormInBrowserTest {

    private static final String SCHOOL = "clifton-high";

    /** The browser profile with sessions that end after 20 idle seconds, renewed by any request after 5. */
    public static class ShortSessions extends BrowserProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> config = super.getConfigOverrides();
            config.put("quarkus.http.auth.form.timeout", "PT20S");
            config.put("quarkus.http.auth.form.new-cookie-interval", "PT5S");
            return config;
        }
    }

    @TestHTTPResource("/")
    URL base;

    @Test
    void shouldWarnBeforeTheSessionEndsAndKeepAReportSentAfterIt() {
        String summary = "Pupil shown a video on a phone at break " + UUID.randomUUID();
        String user = Browser.user("reporter", List.of(SCHOOL));
        try (Browser browser = new Browser(base, 1280, 900)) {
            browser.signIn(user);
            browser.waitFor(d -> d.getCurrentUrl().endsWith("/report"));
            assertEquals("20", browser.find("body").getAttribute("data-session-seconds"));
            browser.find("#summary").sendKeys(summary);
            browser.find("label[for='cat-CYBERBULLYING']").click();

            // 10 seconds before the end: the warning, and staying signed in renews the session.
            browser.waitFor(d -> browser.find("#session-warning").isDisplayed());
            assertTrue(browser.find("#session-warning").getText().contains("You will be signed out in"));
            browser.screenshot("kept-form-1-warning");
            browser.find("#session-warning button").click();
            browser.waitFor(d -> !browser.find("#session-warning").isDisplayed());
            sleep(12_000); // past the end of the session as it was before "Stay signed in"
            assertEquals(204L, status(browser), "the session was renewed");
            long lastRequest = System.nanoTime(); // that question was a request too: the session runs 20 s from here

            // Then nobody touches the page until the session has ended: the page says so.
            browser.waitFor(d -> browser.find("#session-warning").getText().contains("You have been signed out"));
            sleep(Math.max(0, 21_000 - (System.nanoTime() - lastRequest) / 1_000_000));
            browser.find("#summary").sendKeys(" (more typed after the end)");
            browser.find("form.report button.primary").click();

            browser.waitFor(d -> d.getCurrentUrl().contains("/login"));
            assertTrue(browser.find(".signin").getText().contains("What you typed has been kept"));
            browser.screenshot("kept-form-2-sign-in");
            browser.find("#j_username").sendKeys(user);
            browser.find("#j_password").sendKeys(Browser.PASSWORD);
            browser.find("form button[type=submit]").click();

            browser.waitFor(d -> d.getCurrentUrl().contains("/report?kept=1"));
            assertTrue(browser.find("#kept").getText().contains("Your session ended before this was sent"));
            assertEquals(summary + " (more typed after the end)", browser.find("#summary").getAttribute("value"));
            assertTrue(browser.find("#cat-CYBERBULLYING").isSelected(), "the category chosen is chosen again");
            assertEquals(0L, ((Number) browser.script("return window.localStorage.length + window.sessionStorage.length"))
                    .longValue(), "nothing was put in the browser's storage");
            browser.screenshot("kept-form-3-back-on-the-form");
        }
    }

    /** What the service says of this browser's session now (204 on, 401 ended), asked from the page itself. */
    private static long status(Browser browser) {
        Object status = ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "fetch('/session', {credentials: 'same-origin', redirect: 'manual'}).then(r => done(r.status));");
        return ((Number) status).longValue();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
