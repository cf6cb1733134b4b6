package org.esafety.report;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

/**
 * The grouped statements behind the summary, in SQL that H2 2.x and PostgreSQL 15 both run: each answers with a
 * handful of rows however many incidents the period holds (counts, sums and percentiles are computed by the
 * database, never by loading the incidents). They start from the incidents of the period (index
 * ix_incident_school_reported) and reach their actions by ix_action_incident.
 */
@ApplicationScoped
public class SummaryQueries {

    /** "When it happened": the time the recorder gave, else the time it was recorded. */
    static final String WHEN = "COALESCE(a.acted_at, a.completed_at)";
    /** Whole minutes from the report to {@link #WHEN}, never below zero. */
    static final String MINUTES = "CAST(GREATEST(0, EXTRACT(EPOCH FROM " + WHEN + ") - EXTRACT(EPOCH FROM i.reported_at))"
            + " / 60 AS DOUBLE PRECISION)";
    /** The incident's id as text: drivers return a UUID column as different types. */
    static final String ID = "CAST(i.id AS VARCHAR(36))";
    private static final String PERCENTILES = "PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY m), "
            + "PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY m), COUNT(*)";

    private final EntityManager em;

    public SummaryQueries(EntityManager em) {
        this.em = em;
    }

    /** Incidents counted by category, legality (the latest evaluation's, kept on the incident) and status. */
    List<Object[]> incidents(ReportScope scope) {
        return list(scope.bind(em.createNativeQuery(incidentsSql(scope))));
    }

    static String incidentsSql(ReportScope scope) {
        return "SELECT i.category, i.legality, i.status, COUNT(*) FROM " + scope.incidents()
                + " GROUP BY i.category, i.legality, i.status";
    }

    /** Per action code: open, overdue, done, done late, done with a reference, declined, declined late, superseded. */
    Map<String, long[]> tallies(ReportScope scope, Instant now) {
        Query query = em.createNativeQuery(talliesSql(scope));
        query.setParameter("now", now);
        Map<String, long[]> tallies = new LinkedHashMap<>();
        for (Object row : scope.bind(query).getResultList()) {
            Object[] r = (Object[]) row;
            long[] n = new long[8];
            for (int k = 0; k < n.length; k++) {
                n[k] = ((Number) r[k + 1]).longValue();
            }
            tallies.put((String) r[0], n);
        }
        return tallies;
    }

    /** The statement of {@link #tallies}; {@code :now} is the time overdue is counted at. */
    static String talliesSql(ReportScope scope) {
        String late = " AND " + WHEN + " > a.due_at";
        return "SELECT a.code"
                + count("a.status = 'OPEN'") + count("a.status = 'OPEN' AND a.due_at <= :now")
                + count("a.status = 'DONE'") + count("a.status = 'DONE'" + late)
                + count("a.status = 'DONE' AND a.external_reference IS NOT NULL AND TRIM(a.external_reference) <> ''")
                + count("a.status = 'NOT_REQUIRED'") + count("a.status = 'NOT_REQUIRED'" + late)
                + count("a.status = 'SUPERSEDED'")
                + actions(scope) + " GROUP BY a.code";
    }

    /** Minutes from each incident's report to the first action the DSL (or deputy) completed or declined. */
    Object[] firstDslAction(ReportScope scope) {
        return (Object[]) scope.bind(em.createNativeQuery(firstDslActionSql(scope))).getSingleResult();
    }

    static String firstDslActionSql(ReportScope scope) {
        return "SELECT " + PERCENTILES + " FROM (SELECT MIN(" + MINUTES
                + ") AS m" + actions(scope) + " WHERE a.responsible IN ('DSL', 'DEPUTY_DSL')"
                + " AND a.status IN ('DONE', 'NOT_REQUIRED') GROUP BY i.id) t";
    }

    /** Per referral code: minutes from the report to its completion (DONE only), median, 90th percentile, count. */
    List<Object[]> referralTimes(ReportScope scope, Collection<String> codes) {
        Query query = em.createNativeQuery(referralTimesSql(scope));
        query.setParameter("codes", codes);
        return list(scope.bind(query));
    }

    /** The statement of {@link #referralTimes}; {@code :codes} are the referral codes. */
    static String referralTimesSql(ReportScope scope) {
        return "SELECT t.code, " + PERCENTILES + " FROM (SELECT a.code AS code, " + MINUTES
                + " AS m" + actions(scope) + " WHERE a.status = 'DONE' AND a.code IN (:codes)) t"
                + " GROUP BY t.code";
    }

    /** The newest {@code limit} declined actions with their rationale and the incident's reference. */
    List<Object[]> declined(ReportScope scope, int limit) {
        Query query = em.createNativeQuery(declinedSql(scope));
        query.setMaxResults(limit);
        return list(scope.bind(query));
    }

    static String declinedSql(ReportScope scope) {
        return "SELECT a.code, " + ID + ", i.reference, a.completed_at, a.rationale"
                + actions(scope) + " WHERE a.status = 'NOT_REQUIRED'"
                + " ORDER BY a.completed_at DESC, a.id";
    }

    /** The actions of the period's incidents: {@code a} joined to {@code i}, looked up by ix_action_incident. */
    static String actions(ReportScope scope) {
        return " FROM " + scope.incidents() + " JOIN required_action a ON a.incident_id = i.id";
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> list(Query query) {
        return (List<Object[]>) query.getResultList();
    }

    private static String count(String condition) {
        return ", SUM(CASE WHEN " + condition + " THEN 1 ELSE 0 END)";
    }

    static Long minutes(Object value) {
        return value == null ? null : Math.round(((Number) value).doubleValue());
    }

    /** A timestamp as the JDBC driver returns it (OffsetDateTime on H2, Timestamp or OffsetDateTime on PostgreSQL). */
    static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        return value instanceof Instant i ? i : ((java.time.ZonedDateTime) value).toInstant();
    }

    static UUID uuid(Object value) {
        return value instanceof UUID u ? u : UUID.fromString(value.toString());
    }
}
