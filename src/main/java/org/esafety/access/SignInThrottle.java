package org.esafety.access;

import java.time.Clock;
import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Counts password sign-in failures per account ({@code user:jo}) and per client address, in a bounded cache
 * ({@link SignInConfig}): each instance counts its own, so behind a load balancer the limits are per instance.
 */
@ApplicationScoped
public class SignInThrottle {

    private record Failures(int count, long lastMillis) {
    }

    private final SignInConfig config;
    private final Clock clock;
    private final Cache<String, Failures> failures;

    public SignInThrottle(SignInConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
        this.failures = Caffeine.newBuilder().maximumSize(config.trackedMax()).expireAfterWrite(config.lock()).build();
    }

    /** How long the account or the address must still wait before an attempt is checked; zero when it may try. */
    public Duration waitFor(String account, String address) {
        long now = clock.millis();
        long wait = Math.max(wait(failures.getIfPresent("account:" + account), config.accountFreeFailures(),
                config.accountLockAfter(), now), wait(failures.getIfPresent("address:" + address),
                config.addressFreeFailures(), config.addressLockAfter(), now));
        return Duration.ofMillis(wait);
    }

    /** Records a failure of the account from the address; returns the account's failures in a row. */
    public int failed(String account, String address) {
        long now = clock.millis();
        failures.asMap().merge("address:" + address, new Failures(1, now), (old, one) -> add(old, now));
        return failures.asMap().merge("account:" + account, new Failures(1, now), (old, one) -> add(old, now)).count();
    }

    /** One more failure, unless the last was longer ago than a lock: then this one starts the count afresh. */
    private Failures add(Failures old, long now) {
        return now - old.lastMillis() >= config.lock().toMillis() ? new Failures(1, now) : new Failures(old.count() + 1, now);
    }

    /** A right password: the account starts afresh (the address keeps its count, so one account cannot reset it). */
    public void succeeded(String account) {
        failures.invalidate("account:" + account);
    }

    private long wait(Failures f, int free, int lockAfter, long now) {
        if (f == null || f.count() < free) {
            return 0;
        }
        long until = f.count() >= lockAfter ? config.lock().toMillis()
                : Math.min(config.maxBackoff().toMillis(), 1000L << Math.min(30, f.count() - free));
        long left = f.lastMillis() + until - now;
        return left > 0 ? left : 0;
    }
}
