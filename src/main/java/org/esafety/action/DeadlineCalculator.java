package org.esafety.action;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

import org.esafety.policy.DeadlineKind;

/**
 * Turns a {@link DeadlineKind} into the instant an action is due (decision-table §2), counted from
 * the moment the school became aware of the facts, in the school's time zone.
 *
 * <p><b>Daylight saving.</b> {@code IMMEDIATE} and {@code HOURS_72} add absolute durations, so a
 * clock change in between does not move them. A local date and time is turned into an instant with
 * {@link ZonedDateTime#of(LocalDate, LocalTime, ZoneId)}: a time that does not exist on that day (in
 * a spring-forward gap) moves later by the length of the gap, e.g. 02:30 on a day the clocks jump
 * from 02:00 to 03:00 becomes 03:30 at the new offset, which is the instant 02:30 at the old offset
 * would have been; a time that occurs twice (in an autumn overlap) takes the earlier offset, i.e. the
 * earlier of the two instants. One exception keeps {@code SAME_DAY} on its day: if 23:59:59 does not
 * exist on the date (clocks jumping at 23:00, as in America/Nuuk), it is due at the last second before
 * the next local date starts. In Europe/London the clocks change on Sundays at 01:00 UTC, which are
 * never working days and where 23:59:59 exists, so there these rules never move a deadline.
 *
 * <p>Plain Java and thread-safe; {@link CalendarProducer} makes it injectable.
 */
public final class DeadlineCalculator {

    /** Time zone when the school profile names none (decision-table §7). */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/London");
    /** End of the school day when the school profile names none (decision-table §7). */
    public static final LocalTime DEFAULT_SCHOOL_DAY_END = LocalTime.of(17, 0);
    /** Immediate window when the school profile names none (decision-table §7). */
    public static final Duration DEFAULT_IMMEDIATE_WINDOW = Duration.ofHours(1);

    private static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);
    private static final Duration SEVENTY_TWO_HOURS = Duration.ofHours(72);
    private static final int FIVE_WORKING_DAYS = 5;

    private final BankHolidays holidays;

    /** @param holidays the working-day calendar (England and Wales bank holidays) */
    public DeadlineCalculator(BankHolidays holidays) {
        this.holidays = Objects.requireNonNull(holidays, "holidays");
    }

    /**
     * The instant an action of {@code kind} is due:
     * <ul>
     * <li>{@code EMERGENCY}: {@code awareness} itself;</li>
     * <li>{@code IMMEDIATE}: {@code awareness + immediateWindow};</li>
     * <li>{@code SAME_DAY}: 23:59:59 local on the local date of awareness, but never earlier than
     * {@code IMMEDIATE}'s due;</li>
     * <li>{@code ONE_WORKING_DAY}: the same local time on the next working day; from a non-working
     * day, {@code schoolDayEnd} on the next working day;</li>
     * <li>{@code HOURS_72}: {@code awareness} + 72 hours (absolute);</li>
     * <li>{@code WORKING_DAYS_5}: {@code schoolDayEnd} on the fifth working day after the local date
     * of awareness.</li>
     * </ul>
     * See the class comment for how daylight-saving changes are handled.
     *
     * @param kind            the deadline kind
     * @param awareness       when the school became aware of the facts
     * @param zone            the school's time zone
     * @param schoolDayEnd    the end of the school day, local time
     * @param immediateWindow the school's immediate window; zero or positive
     * @return the due instant, never before {@code awareness}
     * @throws IllegalArgumentException if {@code immediateWindow} is negative
     */
    public Instant dueAt(DeadlineKind kind, Instant awareness, ZoneId zone, LocalTime schoolDayEnd,
                         Duration immediateWindow) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(awareness, "awareness");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(schoolDayEnd, "schoolDayEnd");
        if (Objects.requireNonNull(immediateWindow, "immediateWindow").isNegative()) {
            throw new IllegalArgumentException("immediateWindow must not be negative: " + immediateWindow);
        }
        ZonedDateTime local = awareness.atZone(zone);
        LocalDate day = local.toLocalDate();
        return switch (kind) {
            case EMERGENCY -> awareness;
            case IMMEDIATE -> awareness.plus(immediateWindow);
            case SAME_DAY -> latest(endOf(day, zone), awareness.plus(immediateWindow));
            case ONE_WORKING_DAY -> at(holidays.nextWorkingDayAfter(day),
                    holidays.isWorkingDay(day) ? local.toLocalTime() : schoolDayEnd, zone);
            case HOURS_72 -> awareness.plus(SEVENTY_TWO_HOURS);
            case WORKING_DAYS_5 -> at(workingDaysAfter(day, FIVE_WORKING_DAYS), schoolDayEnd, zone);
        };
    }

    private LocalDate workingDaysAfter(LocalDate day, int count) {
        LocalDate result = day;
        for (int i = 0; i < count; i++) {
            result = holidays.nextWorkingDayAfter(result);
        }
        return result;
    }

    /** 23:59:59 local on {@code day}, or the day's last second if 23:59:59 falls in a gap. */
    private static Instant endOf(LocalDate day, ZoneId zone) {
        Instant lastSecond = day.plusDays(1).atStartOfDay(zone).toInstant().minusSeconds(1);
        Instant literal = at(day, END_OF_DAY, zone);
        return literal.isBefore(lastSecond) ? literal : lastSecond;
    }

    private static Instant at(LocalDate day, LocalTime time, ZoneId zone) {
        return ZonedDateTime.of(day, time, zone).toInstant();
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
