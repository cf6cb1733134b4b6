package org.esafety.action;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import io.smallrye.config.ConfigValidationException;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BankHolidaysTest {

    private final BankHolidays holidays = BankHolidays.englandAndWales();

    /** Every England and Wales bank holiday 2018-2030, typed in by hand (month-day). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        2018 | 01-01 03-30 04-02 05-07 05-28 08-27 12-25 12-26
        2019 | 01-01 04-19 04-22 05-06 05-27 08-26 12-25 12-26
        # Boxing Day on a Saturday: substitute Mon 28 Dec. Early May moved to Fri 8 May (VE Day).
        2020 | 01-01 04-10 04-13 05-08 05-25 08-31 12-25 12-28
        # Christmas Day on a Saturday and Boxing Day on a Sunday: Mon 27 and Tue 28 Dec.
        2021 | 01-01 04-02 04-05 05-03 05-31 08-30 12-27 12-28
        # 1 Jan a Saturday -> Mon 3 Jan; spring moved to Thu 2 Jun + Fri 3 Jun Platinum Jubilee;
        # Mon 19 Sep State Funeral; Christmas Day a Sunday -> Tue 27 Dec (Boxing Day Mon 26).
        2022 | 01-03 04-15 04-18 05-02 06-02 06-03 08-29 09-19 12-26 12-27
        # 1 Jan a Sunday -> Mon 2 Jan; Mon 8 May Coronation.
        2023 | 01-02 04-07 04-10 05-01 05-08 05-29 08-28 12-25 12-26
        2024 | 01-01 03-29 04-01 05-06 05-27 08-26 12-25 12-26
        2025 | 01-01 04-18 04-21 05-05 05-26 08-25 12-25 12-26
        2026 | 01-01 04-03 04-06 05-04 05-25 08-31 12-25 12-28
        2027 | 01-01 03-26 03-29 05-03 05-31 08-30 12-27 12-28
        # 1 Jan 2028 a Saturday -> Mon 3 Jan.
        2028 | 01-03 04-14 04-17 05-01 05-29 08-28 12-25 12-26
        2029 | 01-01 03-30 04-02 05-07 05-28 08-27 12-25 12-26
        2030 | 01-01 04-19 04-22 05-06 05-27 08-26 12-25 12-26
        """)
    void dataFileMatchesTheKnownHolidays(int year, String monthDays) {
        List<LocalDate> expected = Arrays.stream(monthDays.split(" "))
                .map(md -> LocalDate.parse(year + "-" + md)).toList();
        assertEquals(expected, List.copyOf(holidays.holidaysIn(year)));
        expected.forEach(d -> assertFalse(holidays.isWorkingDay(d), d::toString));
    }

    @ParameterizedTest(name = "{0} working day: {1}")
    @CsvSource({
        "2026-06-12, true",  // Friday
        "2026-06-13, false", // Saturday
        "2026-06-14, false", // Sunday
        "2026-04-03, false", // Good Friday
        "2027-12-24, true",  // Friday before the 2027 substitute days
        "2027-12-25, false", // Saturday (Christmas Day; substitute Mon 27)
        "2027-12-27, false", // substitute for Christmas Day
        "2027-12-28, false", // substitute for Boxing Day
        "2027-12-29, true",
        "2020-05-04, true",  // first Monday of May 2020, but the holiday moved to Fri 8 May
        "2022-05-30, true",  // last Monday of May 2022, but the holiday moved to Thu 2 June
        "2022-09-19, false", // State Funeral
        "2023-05-08, false", // Coronation
        "2031-04-11, true",  // Good Friday 2031: outside the data file, weekends only
        "2017-12-25, true",  // Christmas 2017: outside the data file, weekends only
        "2031-04-12, false", // Saturday, outside the data file
    })
    void isWorkingDay(LocalDate date, boolean working) {
        assertEquals(working, holidays.isWorkingDay(date));
    }

    @ParameterizedTest(name = "after {0}: {1}")
    @CsvSource({"2026-12-24, 2026-12-29", "2027-12-24, 2027-12-29", "2026-06-12, 2026-06-15", "2026-06-15, 2026-06-16"})
    void nextWorkingDayAfter(LocalDate date, LocalDate expected) {
        assertEquals(expected, holidays.nextWorkingDayAfter(date));
    }

    @Test
    void coversTheYearsNamedInTheFileHeader() throws IOException {
        assertEquals(2018, holidays.firstCoveredYear());
        assertEquals(2030, holidays.lastCoveredYear());
        try (InputStream in = BankHolidays.class.getResourceAsStream(BankHolidays.RESOURCE)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(text.contains("https://www.gov.uk/bank-holidays"), "header names the source");
            assertTrue(text.contains("Years covered: 2018 to 2030"), "header names the years");
        }
    }

    @Test
    void warnsOncePerUncoveredYear() {
        List<String> warnings = new CopyOnWriteArrayList<>();
        Handler handler = new Handler() {
            @Override public void publish(LogRecord r) { // JBoss Logging has formatted the message already
                warnings.add(r.getMessage().replaceFirst(".*known for (\\d+) .*", "$1"));
            }
            @Override public void flush() { }
            @Override public void close() { }
        };
        Logger logger = Logger.getLogger(BankHolidays.class.getName());
        logger.addHandler(handler);
        try {
            BankHolidays fresh = BankHolidays.englandAndWales();
            fresh.isWorkingDay(LocalDate.parse("2031-04-10"));
            fresh.isWorkingDay(LocalDate.parse("2031-04-11"));
            fresh.isWorkingDay(LocalDate.parse("2017-12-25"));
            fresh.isWorkingDay(LocalDate.parse("2026-04-03"));
            assertEquals(List.of("2031", "2017"), warnings);
        } finally {
            logger.removeHandler(handler);
        }
    }

    @Test
    void appliesAdditionsAndRemovals() {
        BankHolidays corrected = BankHolidays.englandAndWales(
                Set.of(LocalDate.parse("2026-07-17"), LocalDate.parse("2031-05-09")), Set.of(LocalDate.parse("2026-12-28")));
        assertFalse(corrected.isWorkingDay(LocalDate.parse("2026-07-17")));
        assertFalse(corrected.isWorkingDay(LocalDate.parse("2031-05-09")));
        assertTrue(corrected.isWorkingDay(LocalDate.parse("2026-12-28")));
        assertFalse(corrected.isWorkingDay(LocalDate.parse("2026-12-25")));
        assertThrows(IllegalArgumentException.class, () -> BankHolidays.englandAndWales(
                Set.of(LocalDate.parse("2026-07-17")), Set.of(LocalDate.parse("2026-07-17"))));
    }

    @Test
    void readsOverridesFromConfiguration() {
        SmallRyeConfig config = new SmallRyeConfigBuilder().withMapping(CalendarConfig.class)
                .withSources(new PropertiesConfigSource(Map.of(
                        "esafety.calendar.extra-holidays", "2026-07-17,2031-05-09",
                        "esafety.calendar.removed-holidays", "2026-12-28"), "test", 500))
                .build();
        BankHolidays configured = new CalendarProducer().bankHolidays(config.getConfigMapping(CalendarConfig.class));
        assertFalse(configured.isWorkingDay(LocalDate.parse("2026-07-17")));
        assertFalse(configured.isWorkingDay(LocalDate.parse("2031-05-09")));
        assertTrue(configured.isWorkingDay(LocalDate.parse("2026-12-28")));
    }

    @Test
    void rejectsAMalformedConfiguredDate() {
        SmallRyeConfigBuilder builder = new SmallRyeConfigBuilder().withMapping(CalendarConfig.class)
                .withSources(new PropertiesConfigSource(Map.of("esafety.calendar.removed-holidays", "2026-13-01"), "test", 500));
        assertThrows(ConfigValidationException.class, builder::build);
    }

    @Test
    void configurationKeysAreOptional() {
        SmallRyeConfig config = new SmallRyeConfigBuilder().withMapping(CalendarConfig.class).build();
        CalendarConfig calendar = config.getConfigMapping(CalendarConfig.class);
        assertTrue(calendar.extraHolidays().isEmpty() && calendar.removedHolidays().isEmpty());
        BankHolidays configured = new CalendarProducer().bankHolidays(calendar);
        assertEquals(holidays.holidaysIn(2026), configured.holidaysIn(2026));
    }

    @Test
    void rejectsDataWithAMissingYear() {
        List<LocalDate> gap = List.of(LocalDate.parse("2018-01-01"), LocalDate.parse("2020-01-01"));
        assertThrows(IllegalArgumentException.class, () -> new BankHolidays(gap, Set.of(), Set.of()));
        assertThrows(IllegalArgumentException.class, () -> new BankHolidays(List.of(), Set.of(), Set.of()));
    }
}
