package org.esafety.action;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * Makes {@link BankHolidays} (built from the bundled list and {@link CalendarConfig}) and
 * {@link DeadlineCalculator} injectable as application-wide singletons.
 */
@ApplicationScoped
public class CalendarProducer {

    /**
     * @param config the configured additions and removals
     * @return the England and Wales bank holidays, corrected by configuration
     */
    @Produces
    @Singleton
    public BankHolidays bankHolidays(CalendarConfig config) {
        return BankHolidays.englandAndWales(config.extraHolidays().orElse(List.of()),
                config.removedHolidays().orElse(List.of()));
    }

    /**
     * @param holidays the working-day calendar
     * @return the deadline calculator
     */
    @Produces
    @Singleton
    public DeadlineCalculator deadlineCalculator(BankHolidays holidays) {
        return new DeadlineCalculator(holidays);
    }
}
