package org.esafety.report;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.RequestScoped;

import org.esafety.access.TenancyScope;
import org.esafety.common.InvalidRequestException;
import org.esafety.common.Violation;
import org.esafety.school.School;
import org.esafety.school.SchoolRegistry;

/**
 * Reads a report's {@code schoolId}, {@code from} and {@code to}: a school the caller is bound to (403 otherwise;
 * absent: all of its schools); each bound an ISO-8601 instant or a date, a date meaning the whole day in the school's
 * time zone ({@code from=2026-09-01&to=2026-12-31} is the autumn term, both days included). {@code to} defaults to
 * now and {@code from} to 1 September, the start of the school year {@code to} falls in.
 */
@RequestScoped
public class ReportScopes {

    static final ZoneId ENGLAND = ZoneId.of("Europe/London");

    private final TenancyScope tenancy;
    private final SchoolRegistry schools;
    private final Clock clock;

    public ReportScopes(TenancyScope tenancy, SchoolRegistry schools, Clock clock) {
        this.tenancy = tenancy;
        this.schools = schools;
        this.clock = clock;
    }

    public ReportScope of(String schoolId, String from, String to) {
        String school = schoolId == null || schoolId.isBlank() ? null : schoolId;
        ZoneId zone = school == null ? ENGLAND : schools.find(school).map(School::timeZone).orElse(ENGLAND);
        List<Violation> violations = new ArrayList<>();
        Instant end = bound("to", to, zone, true, violations);
        Instant start = bound("from", from, zone, false, violations);
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        end = end == null ? clock.instant() : end;
        start = start == null ? schoolYearStart(end, zone) : start;
        if (!start.isBefore(end)) {
            throw new InvalidRequestException("to", "to must be after from");
        }
        TenancyScope.Sql sql = tenancy.forSql(school).orElseThrow(
                () -> new ForbiddenException("not bound to the school asked for"));
        return new ReportScope(school, sql.schoolIds(), sql.notAbout(), start, end, zone);
    }

    /** 1 September at midnight before {@code instant}, in {@code zone}. */
    static Instant schoolYearStart(Instant instant, ZoneId zone) {
        LocalDate day = instant.atZone(zone).toLocalDate();
        int year = day.getMonthValue() >= 9 ? day.getYear() : day.getYear() - 1;
        return LocalDate.of(year, 9, 1).atStartOfDay(zone).toInstant();
    }

    private static Instant bound(String name, String value, ZoneId zone, boolean end, List<Violation> violations) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            if (value.length() == 10) {
                LocalDate day = LocalDate.parse(value);
                return (end ? day.plusDays(1) : day).atStartOfDay(zone).toInstant();
            }
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            violations.add(new Violation(name, name + " is a date such as 2026-09-01 or an instant such as "
                    + "2026-09-01T00:00:00Z"));
            return null;
        }
    }
}
