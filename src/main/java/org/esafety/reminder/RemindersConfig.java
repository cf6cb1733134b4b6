package org.esafety.reminder;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** When reminders and escalations are sent, and how they are delivered (README "Reminders"). */
@ConfigMapping(prefix = "esafety.reminders")
public interface RemindersConfig {

    /**
     * How often the reminder job runs, e.g. {@code 60s}; {@code off} disables the schedule (the tests drive
     * the job themselves). Read by {@code @Scheduled} as {@code ${esafety.reminders.every}}.
     */
    @WithDefault("60s")
    String every();

    /** An OPEN action due within this time is reminded to its responsible role. */
    @WithDefault("PT1H")
    Duration leadTime();

    /** An action still OPEN this long after the overdue notice escalates one step along the path. */
    @WithDefault("PT1H")
    Duration escalateAfter();

    /** Each further step up the path follows the previous one after this time, up to the chair. */
    @WithDefault("PT4H")
    Duration escalateEvery();

    /** Notifications one instance claims at a time. */
    @WithDefault("50")
    int batchSize();

    /** How long a claimed notification is reserved for the instance sending it; after that another may retry. */
    @WithDefault("PT5M")
    Duration lease();

    /** Attempts per notification before it is recorded as failed. */
    @WithDefault("5")
    int maxAttempts();

    /** The wait after the first failed attempt; it doubles after each further one. */
    @WithDefault("PT30S")
    Duration retryBackoff();

    /** This instance's name in the outbox (who claimed and who sent); a random one when absent. */
    Optional<String> instanceId();

    /** E-mail over SMTP (the server itself is {@code quarkus.mailer.*}). */
    Email email();

    /** Signed webhooks. */
    Webhook webhook();

    interface Email {

        /**
         * The longest one try at sending an e-mail may take (connecting, the server's greeting, every command and
         * the message) before it counts as failed.
         */
        @WithDefault("PT30S")
        Duration timeout();

        /**
         * How often a try that failed for a passing reason (no answer in time, a dropped connection, a 4xx reply)
         * is repeated at once, before the attempt is recorded as failed and the next role is told. 0: never.
         */
        @WithDefault("1")
        int retries();
    }

    interface Webhook {

        /** The HMAC-SHA256 key for schools without one of their own. */
        Optional<String> secret();

        /** A school's own key, by school id: {@code esafety.reminders.webhook.school-secrets."claines-primary"}. */
        Map<String, String> schoolSecrets();

        /** Connect and response timeout of one webhook call. */
        @WithDefault("PT10S")
        Duration timeout();
    }
}
