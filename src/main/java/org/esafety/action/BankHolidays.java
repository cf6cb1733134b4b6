package org.esafety.action;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import org.jboss.logging.Logger;

/**
 * England and Wales bank holidays and the working-day test of decision-table §2 (Monday to Friday
 * except bank holidays): the dates of {@value #RESOURCE} (the UK government's published list) plus
 * configured one-off additions, minus configured removals. Thread-safe.
 *
 * <p>For a year the data file does not cover, only weekends (and configured additions) are
 * non-working days and a warning is logged once per year: deadlines then err early, never late.
 */
public final class BankHolidays {

    /** Class-path location of the bank-holiday data file. */
    public static final String RESOURCE = "/calendar/england-and-wales-bank-holidays.txt";

    private static final Logger LOG = Logger.getLogger(BankHolidays.class);

    private final Set<LocalDate> holidays;
    private final int firstYear;
    private final int lastYear;
    private final Set<Integer> warnedYears = ConcurrentHashMap.newKeySet();

    /** {@code published}'s first to last year is the covered range; each year in it needs a date. */
    BankHolidays(Collection<LocalDate> published, Collection<LocalDate> extra, Collection<LocalDate> removed) {
        TreeSet<LocalDate> dates = new TreeSet<>(published);
        if (dates.isEmpty()) {
            throw new IllegalArgumentException("no bank-holiday dates");
        }
        firstYear = dates.first().getYear();
        lastYear = dates.last().getYear();
        for (int year = firstYear; year <= lastYear; year++) {
            if (dates.subSet(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1)).isEmpty()) {
                throw new IllegalArgumentException("bank-holiday data has no dates for " + year);
            }
        }
        Set<LocalDate> both = new HashSet<>(extra);
        both.retainAll(removed);
        if (!both.isEmpty()) {
            throw new IllegalArgumentException("dates both added and removed as holidays: " + new TreeSet<>(both));
        }
        removed.stream().filter(d -> !dates.contains(d)).forEach(d -> LOG.warnf(
                "Removed holiday %s is not in the bank-holiday list; removing it has no effect", d));
        dates.addAll(extra);
        dates.removeAll(removed);
        holidays = Set.copyOf(dates);
    }

    /** @return the published England and Wales bank holidays, with no additions or removals */
    public static BankHolidays englandAndWales() {
        return englandAndWales(Set.of(), Set.of());
    }

    /**
     * The published England and Wales bank holidays with one-off additions and removals.
     *
     * @param extra   extra holidays (any year), e.g. one announced after the data file was made
     * @param removed published dates that are working days after all
     * @return a calendar backed by the bundled data file
     * @throws IllegalArgumentException if a date is both added and removed
     */
    public static BankHolidays englandAndWales(Collection<LocalDate> extra, Collection<LocalDate> removed) {
        return new BankHolidays(Published.DATES, extra, removed);
    }

    /**
     * Whether {@code date} is a working day: Monday to Friday and not a bank holiday. In a year the
     * data file does not cover only weekends and configured additions are excluded (logged once).
     *
     * @param date a local date in the school's time zone
     * @return {@code true} on a working day
     */
    public boolean isWorkingDay(LocalDate date) {
        if (date.getDayOfWeek().getValue() > 5) { // Saturday or Sunday
            return false;
        }
        int year = date.getYear();
        if ((year < firstYear || year > lastYear) && warnedYears.add(year)) {
            LOG.warnf("No England and Wales bank holidays known for %d (data covers %d-%d): counting weekends "
                    + "only, so deadlines may come out early; extend %s", year, firstYear, lastYear, RESOURCE);
        }
        return !holidays.contains(date);
    }

    /** @return the first working day strictly after {@code date} */
    public LocalDate nextWorkingDayAfter(LocalDate date) {
        LocalDate next = date.plusDays(1);
        while (!isWorkingDay(next)) {
            next = next.plusDays(1);
        }
        return next;
    }

    /** @return the bank holidays of {@code year} after additions and removals, in date order */
    public SortedSet<LocalDate> holidaysIn(int year) {
        return new TreeSet<>(holidays.stream().filter(d -> d.getYear() == year).toList());
    }

    /** @return the first year the data file covers */
    public int firstCoveredYear() {
        return firstYear;
    }

    /** @return the last year the data file covers */
    public int lastCoveredYear() {
        return lastYear;
    }

    /** The data file (one ISO date per line, {@code #} starts a comment), read once on first use. */
    private static final class Published {
        static final Set<LocalDate> DATES = read();

        private static Set<LocalDate> read() {
            try (InputStream in = BankHolidays.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing class-path resource " + RESOURCE);
                }
                Set<LocalDate> dates = new HashSet<>();
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                    String text = line.replaceFirst("#.*", "").strip();
                    try {
                        if (!text.isEmpty() && !dates.add(LocalDate.parse(text))) {
                            throw new IllegalStateException(RESOURCE + ": duplicate date " + text);
                        }
                    } catch (DateTimeParseException e) {
                        throw new IllegalStateException(RESOURCE + ": not an ISO date: " + line, e);
                    }
                }
                return Set.copyOf(dates);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + RESOURCE, e);
            }
        }
    }
}
