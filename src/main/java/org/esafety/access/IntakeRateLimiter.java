package org.esafety.access;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Incident intake per principal: a token bucket of {@code esafety.intake.rate-limit} requests per second with
 * bursts of {@code esafety.intake.rate-burst}. Each instance counts its own requests; behind a load balancer the
 * effective limit is that times the instances. The default (50 per second, bursts of 100) never troubles a
 * school system in normal use.
 */
@ApplicationScoped
public class IntakeRateLimiter {

    private final double perSecond;
    private final double burst;
    private final ConcurrentMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    public IntakeRateLimiter(@ConfigProperty(name = "esafety.intake.rate-limit", defaultValue = "50") double perSecond,
                             @ConfigProperty(name = "esafety.intake.rate-burst", defaultValue = "100") double burst) {
        if (perSecond <= 0 || burst < 1) {
            throw new IllegalArgumentException("esafety.intake.rate-limit must be > 0 and esafety.intake.rate-burst >= 1");
        }
        this.perSecond = perSecond;
        this.burst = burst;
    }

    /** Takes one request from the principal's allowance, or throws with the seconds until the next is allowed. */
    public void acquire(String principalId) {
        long waitNanos = buckets.computeIfAbsent(principalId, p -> new Bucket(burst)).take(perSecond, burst, System.nanoTime());
        if (waitNanos > 0) {
            throw new RateLimitedException(Math.max(1, (long) Math.ceil(waitNanos / 1e9)));
        }
    }

    private static final class Bucket {
        private double tokens;
        private long last;

        Bucket(double burst) {
            this.tokens = burst;
            this.last = System.nanoTime();
        }

        synchronized long take(double perSecond, double burst, long now) {
            tokens = Math.min(burst, tokens + (now - last) / 1e9 * perSecond);
            last = now;
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return (long) ((1 - tokens) / perSecond * 1e9);
        }
    }
}
