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

    /** The condition on the incident table {@code i} every report query starts from. */
    String incidents() {
        return "i.school_id in (:schools) and i.reported_at >= :from and i.reported_at < :to"
                + (notAbout == null ? "" : " and (i.subject_roles is null or i.subject_roles not like :notAbout)");
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
