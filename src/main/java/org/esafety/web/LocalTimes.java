package org.esafety.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Instants as a school reads them, in the school's own time zone: "today 17:00", "tomorrow 09:00",
 * "yesterday 16:30", "Tue 1 Dec 17:00", with the year when it is not this year.
 */
public final class LocalTimes {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.UK);
    private static final DateTimeFormatter DAY_YEAR = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.UK);

    private final Clock clock;
    private final ZoneId zone;

    public LocalTimes(Clock clock, ZoneId zone) {
        this.clock = clock;
        this.zone = zone;
    }

    public String format(Instant instant) {
        if (instant == null) {
            return "";
        }
        ZonedDateTime at = instant.atZone(zone);
        LocalDate today = LocalDate.now(clock.withZone(zone));
        LocalDate day = at.toLocalDate();
        String time = TIME.format(at);
        if (day.equals(today)) {
            return "today " + time;
        }
        if (day.equals(today.plusDays(1))) {
            return "tomorrow " + time;
        }
        if (day.equals(today.minusDays(1))) {
            return "yesterday " + time;
        }
        return (day.getYear() == today.getYear() ? DAY : DAY_YEAR).format(at) + " " + time;
    }

    /** The full local date and time, as a printed record needs it: "Mon 23 Nov 2026 15:30". */
    public String absolute(Instant instant) {
        return instant == null ? "" : DAY_YEAR.format(instant.atZone(zone)) + " " + TIME.format(instant.atZone(zone));
    }

    /** The machine-readable form for {@code <time datetime=…>}. */
    public static String iso(Instant instant) {
        return instant == null ? "" : instant.toString();
    }
}
