package org.esafety.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.esafety.support.MutableClock;

/** The throttle's policy, per account and per address, on a clock the test moves (defaults of SignInConfig). */
class SignInThrottleTest {

    private final MutableClock clock = MutableClock.at("2026-03-02T09:00:00Z");
    private final SignInThrottle throttle = new SignInThrottle(new Defaults(), clock);

    @Test
    void shouldBackOffAfterFiveFailuresOfAnAccountThenLockItAfterTwenty() {
        for (int i = 0; i < 5; i++) {
            assertEquals(Duration.ZERO, throttle.waitFor("user:jo", "192.0.2.1"), "free attempt " + i);
            throttle.failed("user:jo", "192.0.2.1");
        }
        assertEquals(Duration.ofSeconds(1), throttle.waitFor("user:jo", "192.0.2.1"));
        throttle.failed("user:jo", "192.0.2.1");
        assertEquals(Duration.ofSeconds(2), throttle.waitFor("user:jo", "192.0.2.2"), "from any address");
        assertEquals(Duration.ZERO, throttle.waitFor("user:sam", "192.0.2.2"), "another account from another address");
        while (throttle.failed("user:jo", "192.0.2.1") < 20) {
            clock.advance(Duration.ofMinutes(1));
        }
        assertEquals(Duration.ofMinutes(15), throttle.waitFor("user:jo", "192.0.2.1"), "locked");
        clock.advance(Duration.ofMinutes(14));
        assertTrue(throttle.waitFor("user:jo", "192.0.2.1").toSeconds() == 60, "still locked");
        clock.advance(Duration.ofMinutes(1));
        assertEquals(Duration.ZERO, throttle.waitFor("user:jo", "192.0.2.1"), "the lock is temporary");
        throttle.failed("user:jo", "192.0.2.1");
        assertEquals(Duration.ZERO, throttle.waitFor("user:jo", "192.0.2.1"), "old failures are forgotten");
    }

    @Test
    void shouldLockAnAddressTryingManyAccountsAndLetASuccessResetOnlyTheAccount() {
        for (int i = 0; i < 100; i++) {
            throttle.failed("user:guess" + i, "198.51.100.7");
            clock.advance(Duration.ofSeconds(5));
        }
        assertEquals(Duration.ofMinutes(15).minusSeconds(5), throttle.waitFor("user:jo", "198.51.100.7"),
                "any account from that address waits");
        assertEquals(Duration.ZERO, throttle.waitFor("user:jo", "203.0.113.9"), "the account itself is not locked");

        for (int i = 0; i < 5; i++) {
            throttle.failed("user:sam", "203.0.113.9");
        }
        clock.advance(Duration.ofSeconds(1));
        throttle.succeeded("user:sam");
        assertEquals(Duration.ZERO, throttle.waitFor("user:sam", "203.0.113.10"));
    }

    /** SignInConfig's defaults. */
    private static final class Defaults implements SignInConfig {
        public int accountFreeFailures() { return 5; }
        public int accountLockAfter() { return 20; }
        public int addressFreeFailures() { return 20; }
        public int addressLockAfter() { return 100; }
        public Duration maxBackoff() { return Duration.ofMinutes(1); }
        public Duration lock() { return Duration.ofMinutes(15); }
        public int trackedMax() { return 1000; }
    }
}
