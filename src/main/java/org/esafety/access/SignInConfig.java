package org.esafety.access;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Throttling of password sign-in (the login form and HTTP Basic), per account and per client address: after a few
 * failures each further attempt must wait (1 s, 2 s, 4 s … up to {@link #maxBackoff()}), and after many the account
 * or address is locked for {@link #lock()}. Refused attempts are not checked, so they cannot guess.
 */
@ConfigMapping(prefix = "esafety.signin")
public interface SignInConfig {

    /** Failures of one account before each further attempt must wait. */
    @WithDefault("5")
    int accountFreeFailures();

    /** Failures of one account that lock it for {@link #lock()}. */
    @WithDefault("20")
    int accountLockAfter();

    /** Failures from one client address (any accounts) before each further attempt must wait. */
    @WithDefault("20")
    int addressFreeFailures();

    /** Failures from one client address that lock it for {@link #lock()}. */
    @WithDefault("100")
    int addressLockAfter();

    /** The longest wait between attempts before the lock. */
    @WithDefault("PT1M")
    Duration maxBackoff();

    /** How long a lock lasts; failures older than this (since the last one) are forgotten. */
    @WithDefault("PT15M")
    Duration lock();

    /** At most this many accounts and addresses are tracked per instance (the least recently used go first). */
    @WithDefault("100000")
    int trackedMax();
}
