package org.esafety.report;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;

/**
 * What a report covers: incidents reported in [from, to) at the schools the caller may read (one asked for, or all of
 * its own), leaving out the cases about the holder of the caller's position ({@code notAbout}, a like-pattern of
 * subject roles, or null). Dates are shown in {@code zone}.
 */
public record ReportScope(String schoolId, Set<String> schools, String notAbout, Instant from, Instant to,
                          ZoneId zone) {

    /**
     * The period's incidents as the derived table {@code i} every report statement reads from: its columns the
     * reports show (no free text), read by index ix_incident_school_reported (school, then the dates).
     * <p>
     * {@code OFFSET 0 ROWS} keeps PostgreSQL from merging the derived table into the statement around it. Merged, a
     * statement that joins the actions was planned as a Parallel Seq Scan of the whole incident table, filtered on
     * school and dates, feeding the look-up of each incident's actions (ix_action_incident): a year of one school is a
     * few hundred incidents, too few pages for a parallel index or bitmap scan, so the only way to share those
     * look-ups between workers was to read every incident (about 250 ms at a million). A derived table with an
     * offset is planned on its own and cannot be split between workers, so the planner reads it by the index, then
     * the actions of each incident. H2 runs the same statement.
     */
    String incidents() {
        return "(SELECT id, reference, school_id, reported_at, category, legality, status, closed_at, external_outcome"
                + " FROM incident WHERE school_id IN (:schools) AND reported_at >= :from AND reported_at < :to"
                + (notAbout == null ? "" : " AND (subject_roles IS NULL OR subject_roles NOT LIKE :notAbout)")
                + " OFFSET 0 ROWS) i";
    }

    /** Binds the parameters {@link #incidents()} names. */
    jakarta.persistence.Query bind(jakarta.persistence.Query query) {
        query.setParameter("schools", schools).setParameter("from", from).setParameter("to", to);
        if (notAbout != null) {
            query.setParameter("notAbout", notAbout);
        }
        return query;
    }
}
