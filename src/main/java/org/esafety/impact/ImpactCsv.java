package org.esafety.impact;

import java.util.List;
import java.util.stream.Collectors;

import org.esafety.common.Csv;

/**
 * An impact report as RFC 4180 CSV: one line per changed incident (codes joined by spaces, changes as
 * {@code CODE: BEFORE>AFTER}), CRLF line ends; a field a spreadsheet would run as a formula is prefixed with a quote
 * mark (OWASP "CSV injection"): the shared {@link Csv}, as the reports' CSV.
 */
final class ImpactCsv {

    static final List<String> HEADER = List.of("incidentId", "reference", "schoolId", "category", "legalityBefore",
            "legalityAfter", "actionsAdded", "actionsRemoved", "responsibleChanged", "deadlineChanged",
            "rulesOnlyInForce", "rulesOnlyInCandidate");

    private ImpactCsv() {
    }

    static String of(ImpactReport report) {
        Csv csv = new Csv().row(HEADER.toArray());
        for (IncidentChange c : report.changes()) {
            csv.row(c.incidentId(), c.reference(), c.schoolId(), c.category(), c.legalityBefore(), c.legalityAfter(),
                    String.join(" ", c.actionsAdded()), String.join(" ", c.actionsRemoved()),
                    c.responsibleChanged().stream().map(r -> r.code() + ": " + r.before() + ">" + r.after())
                            .collect(Collectors.joining(" ")),
                    c.deadlineChanged().stream().map(d -> d.code() + ": " + d.before() + ">" + d.after())
                            .collect(Collectors.joining(" ")),
                    String.join("; ", c.rulesOnlyInForce()), String.join("; ", c.rulesOnlyInCandidate()));
        }
        return csv.toString();
    }
}
