package org.esafety.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** When the browser test classes run, are skipped, or fail for a missing browser (issue 19: a fresh clone passes). */
class InBrowserTest {

    @Test
    void shouldRunWhenTheBrowserIsInstalled() {
        assertFalse(InBrowser.Condition.decide(true, "auto").isDisabled());
        assertFalse(InBrowser.Condition.decide(true, "required").isDisabled());
        assertFalse(InBrowser.Condition.decide(true, "").isDisabled());
    }

    @Test
    void shouldSkipWithOneLineSayingHowToEnableThemWhenTheBrowserIsMissing() {
        var result = InBrowser.Condition.decide(false, "auto");
        assertTrue(result.isDisabled());
        String reason = result.getReason().orElseThrow();
        assertTrue(reason.contains("apt-get install -y chromium chromium-driver"), reason);
        assertTrue(reason.contains("ESAFETY_BROWSER_TESTS=required"), reason);
        assertFalse(reason.contains("\n"), reason);
    }

    @Test
    void shouldFailForAMissingBrowserWhenRequired() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> InBrowser.Condition.decide(false, "required"));
        assertTrue(e.getMessage().contains("chromium"), e.getMessage());
        assertThrows(IllegalStateException.class, () -> InBrowser.Condition.decide(true, "sometimes"));
    }

    @Test
    void shouldSkipWhenSwitchedOff() {
        assertTrue(InBrowser.Condition.decide(true, "off").isDisabled());
    }
}
