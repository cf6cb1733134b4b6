package org.esafety.web;

import java.io.File;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A test class that drives Debian's chromium through chromedriver ({@link Browser}). Where they are not installed the
 * class is skipped, with one line saying how to run it, so that a fresh clone with only Java passes
 * {@code ./mvnw verify}; with {@code ESAFETY_BROWSER_TESTS=required} (as .ci/run sets) a missing browser fails the
 * build instead, and with {@code ESAFETY_BROWSER_TESTS=off} the classes are skipped even with a browser.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(InBrowser.Condition.class)
@interface InBrowser {

    /** The environment variable (or system property esafety.browser-tests): auto (default), required or off. */
    String MODE = "ESAFETY_BROWSER_TESTS";

    /** Decides once per class, before the service starts for it. */
    final class Condition implements ExecutionCondition {

        private static final AtomicBoolean TOLD = new AtomicBoolean();

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            String mode = System.getProperty("esafety.browser-tests", System.getenv().getOrDefault(MODE, "auto"));
            ConditionEvaluationResult result = decide(installed(), mode);
            if (result.isDisabled() && TOLD.compareAndSet(false, true)) {
                System.out.println("[browser tests] " + result.getReason().orElse(""));
            }
            return result;
        }

        static boolean installed() {
            return new File(Browser.CHROMIUM).canExecute() && new File(Browser.CHROMEDRIVER).canExecute();
        }

        static ConditionEvaluationResult decide(boolean installed, String mode) {
            switch (mode.trim().toLowerCase(Locale.ROOT)) {
                case "off":
                    return ConditionEvaluationResult.disabled("skipped: " + MODE + "=off");
                case "required":
                    if (!installed) {
                        throw new IllegalStateException(MODE + "=required, but " + Browser.CHROMIUM + " or "
                                + Browser.CHROMEDRIVER + " is missing: apt-get install -y chromium chromium-driver");
                    }
                    return ConditionEvaluationResult.enabled("chromium and chromedriver are installed");
                case "auto":
                case "":
                    return installed ? ConditionEvaluationResult.enabled("chromium and chromedriver are installed")
                            : ConditionEvaluationResult.disabled("skipped: " + Browser.CHROMIUM + " or "
                            + Browser.CHROMEDRIVER + " is missing; to run them: apt-get install -y chromium "
                            + "chromium-driver (" + MODE + "=required makes a missing browser a failure, as in .ci/run)");
                default:
                    throw new IllegalStateException(MODE + " is auto, required or off, not " + mode);
            }
        }
    }
}
