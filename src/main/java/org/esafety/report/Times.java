package org.esafety.report;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Instants as the reports print them, in the school's time zone: "Mon 8 Feb 2027 10:05", "8 Feb 2027". */
public record Times(ZoneId zone) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm", Locale.UK);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    private static final DateTimeFormatter ISO_DAY = DateTimeFormatter.ISO_LOCAL_DATE;

    public String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant.atZone(zone));
    }

    public String day(Instant instant) {
        return instant == null ? "" : DAY.format(instant.atZone(zone));
    }

    /** The period as people say it: from the first day to the last day included. */
    public String period(Instant from, Instant to) {
        return day(from) + " to " + day(to.minusNanos(1));
    }

    /** The date an input field shows for {@code instant} (the last day included, for an exclusive end). */
    public String isoDay(Instant instant, boolean end) {
        return ISO_DAY.format((end ? instant.minusNanos(1) : instant).atZone(zone));
    }
}
