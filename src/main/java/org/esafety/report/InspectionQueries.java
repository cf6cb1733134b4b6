package org.esafety.report;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import org.esafety.action.ActionStatus;
import org.esafety.incident.IncidentStatus;
import org.esafety.policy.Category;
import org.esafety.policy.ExternalOutcome;
import org.esafety.policy.Legality;
import org.esafety.rules.ActionCatalogue;
import org.esafety.rules.RuleSetHolder;

/** The inspection-day lists: columns chosen in SQL (no entity, no free text is loaded), oldest report first. */
@ApplicationScoped
public class InspectionQueries {

    /** Most rows per list. */
    static final int MAX_ROWS = 5000;

    private final EntityManager em;
    private final RuleSetHolder rules;
    private final Clock clock;

    public InspectionQueries(EntityManager em, RuleSetHolder rules, Clock clock) {
        this.em = em;
        this.rules = rules;
        this.clock = clock;
    }

    @Transactional
    public Inspection inspection(ReportScope scope) {
        List<Object[]> incidents = list(scope, em.createNativeQuery(incidentsSql(scope)));
        List<Object[]> la = referrals(scope, Referrals.LOCAL_AUTHORITY);
        List<Object[]> lado = referrals(scope, Referrals.LADO);
        return new Inspection(scope.schoolId(), scope.from(), scope.to(),
                clock.instant().truncatedTo(ChronoUnit.SECONDS),
                incidents.stream().limit(MAX_ROWS).map(InspectionQueries::incident).toList(),
                la.stream().limit(MAX_ROWS).map(this::referral).toList(),
                lado.stream().limit(MAX_ROWS).map(this::referral).toList(),
                incidents.size() > MAX_ROWS || la.size() > MAX_ROWS || lado.size() > MAX_ROWS);
    }

    /** The period's incidents with the first time the DSL's side acted on each, oldest report first. */
    static String incidentsSql(ReportScope scope) {
        return "SELECT " + SummaryQueries.ID + ", i.reference, i.school_id,"
                + " i.reported_at, i.category, i.legality, i.status, i.closed_at, (SELECT MIN(" + SummaryQueries.WHEN
                + ") FROM required_action a WHERE a.incident_id = i.id AND a.responsible IN ('DSL', 'DEPUTY_DSL')"
                + " AND a.status IN ('DONE', 'NOT_REQUIRED')) FROM " + scope.incidents()
                + " ORDER BY i.reported_at, i.reference, i.id";
    }

    private List<Object[]> referrals(ReportScope scope, Set<String> codes) {
        Query query = em.createNativeQuery(referralsSql(scope));
        query.setParameter("codes", codes);
        return list(scope, query);
    }

    /** The referrals of the period's incidents ({@code :codes}, one list's codes), oldest report first. */
    static String referralsSql(ReportScope scope) {
        return "SELECT " + SummaryQueries.ID + ", i.reference, i.school_id, i.reported_at, i.category, a.code,"
                + " a.status, a.due_at, " + SummaryQueries.WHEN + ", a.external_reference, i.external_outcome, i.status"
                + SummaryQueries.actions(scope) + " WHERE a.code IN (:codes) AND a.status <> 'SUPERSEDED'"
                + " ORDER BY i.reported_at, i.reference, i.id, a.due_at, a.id";
    }

    private static Inspection.IncidentRow incident(Object[] r) {
        return new Inspection.IncidentRow(SummaryQueries.uuid(r[0]), (String) r[1], (String) r[2],
                SummaryQueries.instant(r[3]), Category.valueOf((String) r[4]), Legality.valueOf((String) r[5]),
                IncidentStatus.valueOf((String) r[6]), SummaryQueries.instant(r[8]), SummaryQueries.instant(r[7]));
    }

    private Inspection.ReferralRow referral(Object[] r) {
        String code = (String) r[5];
        return new Inspection.ReferralRow(SummaryQueries.uuid(r[0]), (String) r[1], (String) r[2],
                SummaryQueries.instant(r[3]), Category.valueOf((String) r[4]), code,
                rules.current().catalogue().action(code).map(ActionCatalogue.Entry::title).orElse(code),
                ActionStatus.valueOf((String) r[6]), SummaryQueries.instant(r[7]), SummaryQueries.instant(r[8]),
                (String) r[9], r[10] == null ? null : ExternalOutcome.valueOf((String) r[10]),
                IncidentStatus.valueOf((String) r[11]));
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> list(ReportScope scope, Query query) {
        query.setMaxResults(MAX_ROWS + 1);
        return (List<Object[]>) scope.bind(query).getResultList();
    }
}
