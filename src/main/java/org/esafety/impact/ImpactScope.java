package org.esafety.impact;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.esafety.common.InvalidRequestException;
import org.esafety.common.Violation;
import org.esafety.school.SchoolRegistry;

/** Which stored incidents a job re-decides: a school (null: all) and a half-open period of reportedAt (nulls: open). */
public record ImpactScope(String schoolId, Instant from, Instant to) {

    private static final ZoneId ENGLAND = ZoneId.of("Europe/London");

    /** The scope a request asks for, or 400 naming each bad field. */
    static ImpactScope of(ImpactRequest request, SchoolRegistry schools) {
        ImpactRequest r = request == null ? ImpactRequest.EVERYTHING : request;
        List<Violation> violations = new ArrayList<>();
        String school = r.schoolId() == null || r.schoolId().isBlank() ? null : r.schoolId();
        if (school != null && schools.find(school).isEmpty()) {
            violations.add(new Violation("schoolId", "schoolId is not a configured school"));
        }
        Instant from = bound("from", r.from(), false, violations);
        Instant to = bound("to", r.to(), true, violations);
        if (from != null && to != null && !from.isBefore(to)) {
            violations.add(new Violation("to", "to must be after from"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        return new ImpactScope(school, from, to);
    }

    private static Instant bound(String field, String value, boolean end, List<Violation> violations) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            if (value.length() == 10) {
                LocalDate day = LocalDate.parse(value);
                return (end ? day.plusDays(1) : day).atStartOfDay(ENGLAND).toInstant();
            }
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            violations.add(new Violation(field, field + " is a date such as 2026-09-01 or an instant such as "
                    + "2026-09-01T00:00:00Z"));
            return null;
        }
    }
}
