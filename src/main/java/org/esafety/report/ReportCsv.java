package org.esafety.report;

import org.esafety.common.Csv;

/**
 * The reports as CSV. The summary is one long table {@code section,item,measure,value} (one number per line, so a
 * spreadsheet pivots it however the governors like); the inspection list one row per incident or referral.
 * Neither holds a name, a summary, a pupil reference or a rationale.
 */
final class ReportCsv {

    private ReportCsv() {
    }

    static String summary(Summary s) {
        Csv csv = new Csv().row("section", "item", "measure", "value");
        csv.row("period", "school", "id", s.schoolId() == null ? "all my schools" : s.schoolId())
                .row("period", "from", "instant", s.from()).row("period", "to", "instant", s.to())
                .row("incidents", "all", "count", s.incidents().total());
        s.incidents().byCategory().forEach(c -> csv.row("incidents by category", c.category(), "count", c.count()));
        s.incidents().byLegality().forEach(l -> csv.row("incidents by legality", l.legality(), "count", l.count()));
        s.incidents().byStatus().forEach(l -> csv.row("incidents by status", l.status(), "count", l.count()));
        for (Summary.Referral r : s.referrals()) {
            csv.row("referrals", r.code(), "required", r.total()).row("referrals", r.code(), "open", r.open())
                    .row("referrals", r.code(), "overdue", r.overdue()).row("referrals", r.code(), "done", r.done())
                    .row("referrals", r.code(), "done with external reference", r.withExternalReference())
                    .row("referrals", r.code(), "done without external reference", r.withoutExternalReference())
                    .row("referrals", r.code(), "declined", r.declined())
                    .row("referrals", r.code(), "superseded", r.superseded())
                    .row("referrals", r.code(), "late", r.late())
                    .row("referrals", r.code(), "median minutes to completion", r.medianMinutes())
                    .row("referrals", r.code(), "90th percentile minutes to completion", r.p90Minutes());
        }
        csv.row("response", "first DSL action", "incidents measured", s.firstDslAction().measured())
                .row("response", "first DSL action", "median minutes", s.firstDslAction().medianMinutes())
                .row("response", "first DSL action", "90th percentile minutes", s.firstDslAction().p90Minutes())
                .row("response", "first DSL action", "incidents without one yet", s.incidentsWithoutDslAction())
                .row("lateness", "all", "completed late", s.lateness().completedLate())
                .row("lateness", "all", "still overdue", s.lateness().stillOverdue());
        s.lateness().byCode().forEach(l -> csv.row("lateness", l.code(), "completed late", l.completedLate())
                .row("lateness", l.code(), "still overdue", l.stillOverdue()));
        csv.row("declined", "all", "count", s.declined().total());
        s.declined().byCode().forEach(d -> csv.row("declined", d.code(), "count", d.count()));
        for (Tally t : s.filtering()) {
            csv.row("filtering and monitoring", t.code(), "required", t.total())
                    .row("filtering and monitoring", t.code(), "done on time", t.doneOnTime())
                    .row("filtering and monitoring", t.code(), "done late", t.doneLate())
                    .row("filtering and monitoring", t.code(), "open", t.open())
                    .row("filtering and monitoring", t.code(), "overdue", t.overdue())
                    .row("filtering and monitoring", t.code(), "declined", t.declined());
        }
        return csv.toString();
    }

    static String inspection(Inspection in) {
        Csv csv = new Csv().row("list", "reference", "incidentId", "schoolId", "reportedAt", "category", "legality",
                "action", "status", "dueAt", "completedAt", "externalReference", "agencyOutcome", "incidentStatus");
        in.incidents().forEach(i -> csv.row("DSL", i.reference(), i.incidentId(), i.schoolId(), i.reportedAt(),
                i.category(), i.legality(), "", "", "", i.dslFirstActedAt(), "", "", i.status()));
        in.localAuthority().forEach(r -> referral(csv, "LOCAL_AUTHORITY", r));
        in.lado().forEach(r -> referral(csv, "LADO", r));
        return csv.toString();
    }

    private static void referral(Csv csv, String list, Inspection.ReferralRow r) {
        csv.row(list, r.reference(), r.incidentId(), r.schoolId(), r.reportedAt(), r.category(), "", r.code(),
                r.status(), r.dueAt(), r.completedAt(), r.externalReference(), r.agencyOutcome(), r.incidentStatus());
    }
}
