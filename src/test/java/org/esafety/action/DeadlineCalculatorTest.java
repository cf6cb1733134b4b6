package org.esafety.action;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.esafety.policy.DeadlineKind;

/**
 * Every expected instant is worked out by hand, in UTC. Europe/London is GMT (UTC+0) until
 * 29 March 2026 01:00 UTC and from 25 October 2026 01:00 UTC, BST (UTC+1) in between, so 17:00
 * local is 16:00Z in summer and 17:00Z in winter, and 23:59:59 local is 22:59:59Z in summer.
 * 2026 bank holidays: Fri 3 Apr, Mon 6 Apr, Mon 4 May, Mon 25 May, Mon 31 Aug, Fri 25 Dec, Mon 28 Dec.
 */
class DeadlineCalculatorTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final LocalTime FIVE_PM = LocalTime.of(17, 0);
    private static final Duration ONE_HOUR = Duration.ofHours(1);

    private final BankHolidays holidays = BankHolidays.englandAndWales();
    private final DeadlineCalculator calculator = new DeadlineCalculator(holidays);

    private Instant london(DeadlineKind kind, Instant awareness) {
        return calculator.dueAt(kind, awareness, LONDON, FIVE_PM, ONE_HOUR);
    }

    @ParameterizedTest(name = "{0}: aware {1} -> {3} due {2}")
    @CsvSource(delimiter = '|', textBlock = """
        # Friday afternoon: Fri 12 Jun 2026 15:00 BST. Next working day Mon 15 Jun; 5th is Fri 19 Jun.
        Friday afternoon   | 2026-06-12T14:00:00Z | 2026-06-12T14:00:00Z | EMERGENCY
        Friday afternoon   | 2026-06-12T14:00:00Z | 2026-06-12T15:00:00Z | IMMEDIATE
        Friday afternoon   | 2026-06-12T14:00:00Z | 2026-06-12T22:59:59Z | SAME_DAY
        Friday afternoon   | 2026-06-12T14:00:00Z | 2026-06-15T14:00:00Z | ONE_WORKING_DAY
        Friday afternoon   | 2026-06-12T14:00:00Z | 2026-06-15T14:00:00Z | HOURS_72
        Friday afternoon   | 2026-06-12T14:00:00Z | 2026-06-19T16:00:00Z | WORKING_DAYS_5
        # Saturday 13 Jun 2026 10:00 BST: non-working day, so ONE_WORKING_DAY is Mon 17:00 BST.
        Saturday           | 2026-06-13T09:00:00Z | 2026-06-13T09:00:00Z | EMERGENCY
        Saturday           | 2026-06-13T09:00:00Z | 2026-06-13T10:00:00Z | IMMEDIATE
        Saturday           | 2026-06-13T09:00:00Z | 2026-06-13T22:59:59Z | SAME_DAY
        Saturday           | 2026-06-13T09:00:00Z | 2026-06-15T16:00:00Z | ONE_WORKING_DAY
        Saturday           | 2026-06-13T09:00:00Z | 2026-06-16T09:00:00Z | HOURS_72
        Saturday           | 2026-06-13T09:00:00Z | 2026-06-19T16:00:00Z | WORKING_DAYS_5
        # Sundays go to Monday 17:00 local: 14 Jun 2026 20:00 BST, and 18 Jan 2026 09:00 GMT.
        Sunday (summer)    | 2026-06-14T19:00:00Z | 2026-06-15T16:00:00Z | ONE_WORKING_DAY
        Sunday (winter)    | 2026-01-18T09:00:00Z | 2026-01-19T17:00:00Z | ONE_WORKING_DAY
        Sunday (summer)    | 2026-06-14T19:00:00Z | 2026-06-19T16:00:00Z | WORKING_DAYS_5
        # Thu 2 Apr 2026 16:00 BST, before Good Friday 3 Apr and Easter Monday 6 Apr: next working
        # day Tue 7 Apr; then Wed 8, Thu 9, Fri 10, Mon 13 Apr is the 5th.
        Before Good Friday | 2026-04-02T15:00:00Z | 2026-04-02T22:59:59Z | SAME_DAY
        Before Good Friday | 2026-04-02T15:00:00Z | 2026-04-07T15:00:00Z | ONE_WORKING_DAY
        Before Good Friday | 2026-04-02T15:00:00Z | 2026-04-05T15:00:00Z | HOURS_72
        Before Good Friday | 2026-04-02T15:00:00Z | 2026-04-13T16:00:00Z | WORKING_DAYS_5
        # Fri 28 Aug 2026 11:00 BST, before the summer bank holiday Mon 31 Aug: Tue 1 Sep, ...,
        # the 5th working day is Mon 7 Sep.
        Before August BH   | 2026-08-28T10:00:00Z | 2026-09-01T10:00:00Z | ONE_WORKING_DAY
        Before August BH   | 2026-08-28T10:00:00Z | 2026-09-07T16:00:00Z | WORKING_DAYS_5
        # Wed 29 Apr 2026 12:00 BST across the early May bank holiday (Mon 4 May): Thu 30, Fri 1,
        # Tue 5, Wed 6, Thu 7 May.
        Before early May   | 2026-04-29T11:00:00Z | 2026-05-07T16:00:00Z | WORKING_DAYS_5
        # 2022 one-offs: Wed 1 Jun 2022 10:00 BST; Thu 2 and Fri 3 Jun are holidays, so Mon 6 is next
        # and Mon 6 .. Fri 10 Jun are the five working days.
        Before Jubilee     | 2022-06-01T09:00:00Z | 2022-06-06T09:00:00Z | ONE_WORKING_DAY
        Before Jubilee     | 2022-06-01T09:00:00Z | 2022-06-10T16:00:00Z | WORKING_DAYS_5
        # In 2020 the early May holiday moved to Fri 8 May, so Mon 4 May 2020 was a working day.
        VE Day 2020        | 2020-05-01T09:00:00Z | 2020-05-04T09:00:00Z | ONE_WORKING_DAY
        VE Day 2020        | 2020-05-07T09:00:00Z | 2020-05-11T09:00:00Z | ONE_WORKING_DAY
        # Thu 24 Dec 2026 14:00 GMT: Fri 25 Dec holiday, Boxing Day is Sat 26 so Mon 28 is its
        # substitute; next working day Tue 29 Dec. Then Wed 30, Thu 31, (Fri 1 Jan 2027 holiday),
        # Mon 4 Jan, Tue 5 Jan is the 5th.
        Christmas Eve 2026 | 2026-12-24T14:00:00Z | 2026-12-24T15:00:00Z | IMMEDIATE
        Christmas Eve 2026 | 2026-12-24T14:00:00Z | 2026-12-24T23:59:59Z | SAME_DAY
        Christmas Eve 2026 | 2026-12-24T14:00:00Z | 2026-12-29T14:00:00Z | ONE_WORKING_DAY
        Christmas Eve 2026 | 2026-12-24T14:00:00Z | 2026-12-27T14:00:00Z | HOURS_72
        Christmas Eve 2026 | 2026-12-24T14:00:00Z | 2027-01-05T17:00:00Z | WORKING_DAYS_5
        # 2027: 25/26 Dec are Sat/Sun, so Mon 27 and Tue 28 are holidays; 1 Jan 2028 is a Saturday,
        # so Mon 3 Jan 2028 is. From Thu 23 Dec: Fri 24, Wed 29, Thu 30, Fri 31, Tue 4 Jan.
        # From Fri 24 Dec: Wed 29, Thu 30, Fri 31, Tue 4 Jan, Wed 5 Jan.
        23 Dec 2027        | 2027-12-23T09:15:00Z | 2027-12-24T09:15:00Z | ONE_WORKING_DAY
        23 Dec 2027        | 2027-12-23T09:15:00Z | 2028-01-04T17:00:00Z | WORKING_DAYS_5
        24 Dec 2027        | 2027-12-24T09:15:00Z | 2027-12-29T09:15:00Z | ONE_WORKING_DAY
        24 Dec 2027        | 2027-12-24T09:15:00Z | 2028-01-05T17:00:00Z | WORKING_DAYS_5
        Christmas Day 2027 | 2027-12-25T10:00:00Z | 2027-12-29T17:00:00Z | ONE_WORKING_DAY
        """)
    void londonDeadlines(String scenario, Instant awareness, Instant expected, DeadlineKind kind) {
        assertEquals(expected, london(kind, awareness), scenario);
    }

    @ParameterizedTest(name = "{0}: aware {1} -> {3} due {2}")
    @CsvSource(delimiter = '|', textBlock = """
        # Spring forward, Sun 29 Mar 2026: 00:30Z is 00:30 GMT; clocks go 01:00 GMT -> 02:00 BST.
        # IMMEDIATE is one real hour later (02:30 BST on the clock). SAME_DAY is 23:59:59 BST.
        # Sunday is not a working day: Mon 30 Mar 17:00 BST. Five working days: Mon 30, Tue 31,
        # Wed 1, Thu 2, (Good Friday, Easter Monday), Tue 7 Apr. HOURS_72 is absolute.
        Spring forward     | 2026-03-29T00:30:00Z | 2026-03-29T00:30:00Z | EMERGENCY
        Spring forward     | 2026-03-29T00:30:00Z | 2026-03-29T01:30:00Z | IMMEDIATE
        Spring forward     | 2026-03-29T00:30:00Z | 2026-03-29T22:59:59Z | SAME_DAY
        Spring forward     | 2026-03-29T00:30:00Z | 2026-03-30T16:00:00Z | ONE_WORKING_DAY
        Spring forward     | 2026-03-29T00:30:00Z | 2026-04-01T00:30:00Z | HOURS_72
        Spring forward     | 2026-03-29T00:30:00Z | 2026-04-07T16:00:00Z | WORKING_DAYS_5
        # Fri 27 Mar 10:00 GMT: the same local time on Mon 30 Mar is 10:00 BST = 09:00Z (69 real
        # hours), while HOURS_72 stays 72 real hours (11:00 BST).
        Before spring fwd  | 2026-03-27T10:00:00Z | 2026-03-27T23:59:59Z | SAME_DAY
        Before spring fwd  | 2026-03-27T10:00:00Z | 2026-03-30T09:00:00Z | ONE_WORKING_DAY
        Before spring fwd  | 2026-03-27T10:00:00Z | 2026-03-30T10:00:00Z | HOURS_72
        # Fall back, Sun 25 Oct 2026: 00:30Z is the first 01:30 (BST); 01:30Z the second (GMT).
        # IMMEDIATE from the first 01:30 is the second 01:30. SAME_DAY is 23:59:59 GMT. Five
        # working days: Mon 26 .. Fri 30 Oct, 17:00 GMT.
        Fall back          | 2026-10-25T00:30:00Z | 2026-10-25T00:30:00Z | EMERGENCY
        Fall back          | 2026-10-25T00:30:00Z | 2026-10-25T01:30:00Z | IMMEDIATE
        Fall back          | 2026-10-25T00:30:00Z | 2026-10-25T23:59:59Z | SAME_DAY
        Fall back          | 2026-10-25T00:30:00Z | 2026-10-26T17:00:00Z | ONE_WORKING_DAY
        Fall back          | 2026-10-25T00:30:00Z | 2026-10-28T00:30:00Z | HOURS_72
        Fall back          | 2026-10-25T00:30:00Z | 2026-10-30T17:00:00Z | WORKING_DAYS_5
        Fall back (GMT)    | 2026-10-25T01:30:00Z | 2026-10-25T23:59:59Z | SAME_DAY
        Fall back (GMT)    | 2026-10-25T01:30:00Z | 2026-10-26T17:00:00Z | ONE_WORKING_DAY
        # Fri 23 Oct 10:00 BST: Mon 26 Oct 10:00 GMT is 73 real hours later.
        Before fall back   | 2026-10-23T09:00:00Z | 2026-10-26T10:00:00Z | ONE_WORKING_DAY
        Before fall back   | 2026-10-23T09:00:00Z | 2026-10-26T09:00:00Z | HOURS_72
        # SAME_DAY is never earlier than IMMEDIATE: Wed 10 Jun 2026 at 23:30 and 23:00 BST, the hour
        # ends after 23:59:59 BST (22:59:59Z); at 22:59 BST it does not. Wed 14 Jan 2026 23:30 GMT:
        # due 00:30 GMT on the next local date.
        Late evening       | 2026-06-10T22:30:00Z | 2026-06-10T23:30:00Z | SAME_DAY
        Late evening       | 2026-06-10T22:00:00Z | 2026-06-10T23:00:00Z | SAME_DAY
        Late evening       | 2026-06-10T21:59:00Z | 2026-06-10T22:59:59Z | SAME_DAY
        Late evening GMT   | 2026-01-14T23:30:00Z | 2026-01-15T00:30:00Z | SAME_DAY
        Late evening       | 2026-06-10T22:30:00Z | 2026-06-11T22:30:00Z | ONE_WORKING_DAY
        """)
    void daylightSavingAndLateEvening(String scenario, Instant awareness, Instant expected, DeadlineKind kind) {
        assertEquals(expected, london(kind, awareness), scenario);
    }

    @ParameterizedTest(name = "{0} in {1}: aware {2} -> {4} due {3}")
    @CsvSource(delimiter = '|', textBlock = """
        # 2026-07-10T23:30Z is Fri 23:30 in UTC but Sat 00:30 in London. In UTC: SAME_DAY is the
        # IMMEDIATE hour (past 23:59:59), ONE_WORKING_DAY Mon 13 Jul 23:30, 5th working day Fri 17.
        # In London, Saturday: Mon 13 Jul 17:00 BST, and 23:59:59 BST on Sat 11 Jul.
        UTC                | UTC              | 2026-07-10T23:30:00Z | 2026-07-11T00:30:00Z | SAME_DAY
        UTC                | UTC              | 2026-07-10T23:30:00Z | 2026-07-13T23:30:00Z | ONE_WORKING_DAY
        UTC                | UTC              | 2026-07-10T23:30:00Z | 2026-07-17T17:00:00Z | WORKING_DAYS_5
        London             | Europe/London    | 2026-07-10T23:30:00Z | 2026-07-11T22:59:59Z | SAME_DAY
        London             | Europe/London    | 2026-07-10T23:30:00Z | 2026-07-13T16:00:00Z | ONE_WORKING_DAY
        London             | Europe/London    | 2026-07-10T23:30:00Z | 2026-07-17T16:00:00Z | WORKING_DAYS_5
        # New York (EDT, UTC-4), Fri 12 Jun 2026 15:00: 23:59:59 EDT = 03:59:59Z next day.
        New York           | America/New_York | 2026-06-12T19:00:00Z | 2026-06-12T20:00:00Z | IMMEDIATE
        New York           | America/New_York | 2026-06-12T19:00:00Z | 2026-06-13T03:59:59Z | SAME_DAY
        New York           | America/New_York | 2026-06-12T19:00:00Z | 2026-06-15T19:00:00Z | ONE_WORKING_DAY
        New York           | America/New_York | 2026-06-12T19:00:00Z | 2026-06-19T21:00:00Z | WORKING_DAYS_5
        # Gap on a working day: Israel springs forward Fri 27 Mar 2026 02:00 -> 03:00. From Thu 26
        # 02:30 (UTC+2), Fri 02:30 does not exist; ZonedDateTime.of gives 03:30 UTC+3 = 00:30Z.
        Gap on target day  | Asia/Jerusalem   | 2026-03-26T00:30:00Z | 2026-03-27T00:30:00Z | ONE_WORKING_DAY
        # Overlap on a working day: Egypt falls back at 24:00 on Thu 29 Oct 2026 (+03 -> +02), so
        # Thu 23:30 happens twice (20:30Z and 21:30Z); ZonedDateTime.of takes the earlier one.
        # (Needs tzdata 2023c or later, when Egypt restored daylight saving.)
        Overlap target day | Africa/Cairo     | 2026-10-28T20:30:00Z | 2026-10-29T20:30:00Z | ONE_WORKING_DAY
        # Nuuk (UTC-2) springs forward at 23:00 on Sat 28 Mar 2026, so 23:59:59 does not exist;
        # SAME_DAY is the last second of that Saturday, 22:59:59 UTC-2 = 00:59:59Z (not 01:59:59Z).
        End of day in gap  | America/Nuuk     | 2026-03-28T14:00:00Z | 2026-03-29T00:59:59Z | SAME_DAY
        """)
    void otherTimeZones(String scenario, ZoneId zone, Instant awareness, Instant expected, DeadlineKind kind) {
        assertEquals(expected, calculator.dueAt(kind, awareness, zone, FIVE_PM, ONE_HOUR), scenario);
    }

    @ParameterizedTest(name = "{0}: window {2}, day ends {3} -> {5} due {4}")
    @CsvSource(delimiter = '|', textBlock = """
        # Fri 12 Jun 2026 15:00 BST, 30-minute window, school day ending 15:30 (14:30Z).
        Friday             | 2026-06-12T14:00:00Z | PT30M | 15:30 | 2026-06-12T14:30:00Z | IMMEDIATE
        Friday             | 2026-06-12T14:00:00Z | PT30M | 15:30 | 2026-06-12T22:59:59Z | SAME_DAY
        Friday             | 2026-06-12T14:00:00Z | PT30M | 15:30 | 2026-06-15T14:00:00Z | ONE_WORKING_DAY
        Friday             | 2026-06-12T14:00:00Z | PT30M | 15:30 | 2026-06-19T14:30:00Z | WORKING_DAYS_5
        Saturday           | 2026-06-13T09:00:00Z | PT30M | 15:30 | 2026-06-15T14:30:00Z | ONE_WORKING_DAY
        # Wed 10 Jun 22:00 BST with a 4-hour window: IMMEDIATE 02:00 BST Thursday, and SAME_DAY
        # may not be earlier.
        Four-hour window   | 2026-06-10T21:00:00Z | PT4H  | 17:00 | 2026-06-11T01:00:00Z | SAME_DAY
        Zero window        | 2026-06-10T21:00:00Z | PT0S  | 17:00 | 2026-06-10T21:00:00Z | IMMEDIATE
        # Winter, school day ending 08:00 GMT: Thu 14 Jan 2026 -> Thu 21 Jan 2026 08:00.
        Early finish       | 2026-01-14T12:00:00Z | PT1H  | 08:00 | 2026-01-21T08:00:00Z | WORKING_DAYS_5
        """)
    void customProfile(String scenario, Instant awareness, Duration window, LocalTime dayEnd, Instant expected,
                       DeadlineKind kind) {
        assertEquals(expected, calculator.dueAt(kind, awareness, LONDON, dayEnd, window), scenario);
    }

    @ParameterizedTest(name = "{0}: aware {1} -> {3} due {2}")
    @CsvSource(delimiter = '|', textBlock = """
        # 2031 is outside the data file: weekends only, so Good Friday (11 Apr 2031) and Easter
        # Monday (14 Apr) count as working days and deadlines err early.
        2031               | 2031-04-10T09:00:00Z | 2031-04-11T09:00:00Z | ONE_WORKING_DAY
        2031               | 2031-04-10T09:00:00Z | 2031-04-17T16:00:00Z | WORKING_DAYS_5
        # Tue 31 Dec 2030 -> Wed 1 Jan 2031, which is not known as a holiday.
        Into 2031          | 2030-12-31T10:00:00Z | 2031-01-01T10:00:00Z | ONE_WORKING_DAY
        2017               | 2017-12-22T10:00:00Z | 2017-12-25T10:00:00Z | ONE_WORKING_DAY
        """)
    void yearsOutsideTheDataFileCountWeekendsOnly(String scenario, Instant awareness, Instant expected,
                                                  DeadlineKind kind) {
        assertEquals(expected, london(kind, awareness), scenario);
    }

    @Test
    void configuredAdditionsAndRemovalsMoveDeadlines() {
        DeadlineCalculator corrected = new DeadlineCalculator(BankHolidays.englandAndWales(
                List.of(LocalDate.parse("2026-06-15"), LocalDate.parse("2031-04-11")),
                List.of(LocalDate.parse("2026-12-28"))));
        // Extra holiday Mon 15 Jun 2026: from Fri 12 Jun 15:00 BST, next working day Tue 16 Jun;
        // five working days Tue 16 .. Fri 19, Mon 22 Jun.
        Instant friday = Instant.parse("2026-06-12T14:00:00Z");
        assertEquals(Instant.parse("2026-06-16T14:00:00Z"), corrected.dueAt(DeadlineKind.ONE_WORKING_DAY, friday, LONDON, FIVE_PM, ONE_HOUR));
        assertEquals(Instant.parse("2026-06-22T16:00:00Z"), corrected.dueAt(DeadlineKind.WORKING_DAYS_5, friday, LONDON, FIVE_PM, ONE_HOUR));
        // Mon 28 Dec 2026 removed: from Christmas Eve the next working day is Mon 28 Dec.
        Instant christmasEve = Instant.parse("2026-12-24T14:00:00Z");
        assertEquals(Instant.parse("2026-12-28T14:00:00Z"), corrected.dueAt(DeadlineKind.ONE_WORKING_DAY, christmasEve, LONDON, FIVE_PM, ONE_HOUR));
        // An extra holiday counts even outside the data file: Thu 10 Apr 2031 -> Mon 14 Apr.
        Instant thursday2031 = Instant.parse("2031-04-10T09:00:00Z");
        assertEquals(Instant.parse("2031-04-14T09:00:00Z"), corrected.dueAt(DeadlineKind.ONE_WORKING_DAY, thursday2031, LONDON, FIVE_PM, ONE_HOUR));
    }

    @Test
    void everyHourOf2026KeepsTheOrderingInvariants() {
        for (Instant t = Instant.parse("2026-01-01T00:00:00Z"); t.isBefore(Instant.parse("2027-01-01T00:00:00Z"));
                t = t.plus(Duration.ofMinutes(59))) {
            Instant immediate = london(DeadlineKind.IMMEDIATE, t);
            Instant sameDay = london(DeadlineKind.SAME_DAY, t);
            Instant oneDay = london(DeadlineKind.ONE_WORKING_DAY, t);
            Instant fiveDays = london(DeadlineKind.WORKING_DAYS_5, t);
            assertEquals(t, london(DeadlineKind.EMERGENCY, t));
            assertTrue(!sameDay.isBefore(immediate) && immediate.isAfter(t), t.toString());
            LocalDate oneDayDate = oneDay.atZone(LONDON).toLocalDate();
            assertTrue(oneDayDate.isAfter(t.atZone(LONDON).toLocalDate()) && holidays.isWorkingDay(oneDayDate), t.toString());
            assertTrue(fiveDays.isAfter(oneDay) && holidays.isWorkingDay(fiveDays.atZone(LONDON).toLocalDate()), t.toString());
            assertEquals(t.plus(Duration.ofHours(72)), london(DeadlineKind.HOURS_72, t));
        }
    }

    @Test
    void rejectsNegativeWindowAndNulls() {
        Instant now = Instant.parse("2026-06-12T14:00:00Z");
        assertThrows(IllegalArgumentException.class,
                () -> calculator.dueAt(DeadlineKind.IMMEDIATE, now, LONDON, FIVE_PM, Duration.ofMinutes(-1)));
        assertThrows(NullPointerException.class, () -> calculator.dueAt(null, now, LONDON, FIVE_PM, ONE_HOUR));
        assertThrows(NullPointerException.class, () -> calculator.dueAt(DeadlineKind.SAME_DAY, now, null, FIVE_PM, ONE_HOUR));
        assertThrows(NullPointerException.class, () -> new DeadlineCalculator(null));
    }
}
