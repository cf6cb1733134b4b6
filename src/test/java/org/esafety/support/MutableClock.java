package org.esafety.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock the test moves by hand, installed in place of the service's clock with
 * {@code QuarkusMock.installMockForType(clock, Clock.class)}: deadlines, completions, audit times and
 * "overdue" then follow the story the test tells, without sleeping.
 */
public final class MutableClock extends Clock {

    private volatile Instant now;

    private MutableClock(Instant now) {
        this.now = now;
    }

    public static MutableClock at(String instant) {
        return new MutableClock(Instant.parse(instant));
    }

    /** Moves the clock to {@code instant} (an ISO-8601 instant such as 2026-11-23T09:00:00Z). */
    public void set(String instant) {
        now = Instant.parse(instant);
    }

    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }
}
