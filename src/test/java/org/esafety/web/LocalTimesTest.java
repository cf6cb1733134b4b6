package org.esafety.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class LocalTimesTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    // Monday 23 November 2026, 15:30 in London (GMT).
    private final LocalTimes times = new LocalTimes(Clock.fixed(Instant.parse("2026-11-23T15:30:00Z"), LONDON), LONDON);

    @Test
    void shouldSayTodayTomorrowAndYesterdayInTheSchoolsTimeZone() {
        assertEquals("today 17:00", times.format(Instant.parse("2026-11-23T17:00:00Z")));
        assertEquals("tomorrow 09:00", times.format(Instant.parse("2026-11-24T09:00:00Z")));
        assertEquals("yesterday 16:30", times.format(Instant.parse("2026-11-22T16:30:00Z")));
    }

    @Test
    void shouldNameTheDayFurtherAwayAndTheYearWhenItIsNotThisYear() {
        assertEquals("Tue 1 Dec 17:00", times.format(Instant.parse("2026-12-01T17:00:00Z")));
        assertEquals("Fri 1 Jan 2027 09:00", times.format(Instant.parse("2027-01-01T09:00:00Z")));
    }

    @Test
    void shouldUseSummerTimeWhenItApplies() {
        LocalTimes summer = new LocalTimes(Clock.fixed(Instant.parse("2026-06-15T08:00:00Z"), LONDON), LONDON);
        // 16:00 UTC is 17:00 British Summer Time.
        assertEquals("today 17:00", summer.format(Instant.parse("2026-06-15T16:00:00Z")));
        // Just after midnight local time is already tomorrow, though still today in UTC.
        assertEquals("tomorrow 00:30", summer.format(Instant.parse("2026-06-15T23:30:00Z")));
    }
}
