package org.esafety.action;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/**
 * Corrections to the bundled England and Wales bank-holiday list ({@link BankHolidays}). Both keys
 * are optional and empty by default, so no {@code application.properties} entry is needed. Values
 * are ISO dates separated by commas without spaces; a value that is not a date stops the
 * application from starting rather than being ignored.
 */
@ConfigMapping(prefix = "esafety.calendar")
public interface CalendarConfig {

    /**
     * {@code esafety.calendar.extra-holidays}: additional one-off bank holidays, as a comma-separated
     * list of ISO dates (e.g. {@code 2031-05-09,2031-05-12}), for a holiday announced after the data file was
     * made. They count in every year, including years the data file does not cover.
     *
     * @return the extra holidays, if configured
     */
    Optional<List<LocalDate>> extraHolidays();

    /**
     * {@code esafety.calendar.removed-holidays}: dates in the bundled list that are not bank holidays
     * after all (e.g. a holiday the government moved), as a comma-separated list of ISO dates. A date
     * must not be both added and removed; removing a date not in the list only logs a warning.
     *
     * @return the removed holidays, if configured
     */
    Optional<List<LocalDate>> removedHolidays();
}
