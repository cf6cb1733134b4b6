package org.esafety.impact;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An impact report as RFC 4180 CSV: one line per changed incident (codes joined by spaces, changes as
 * {@code CODE: BEFORE>AFTER}), CRLF line ends; a field a spreadsheet would run as a formula is prefixed with a quote
 * mark (OWASP "CSV injection"), as the reports' CSV does.
 */
final class ImpactCsv {

    static final List<String> HEADER = List.of("incidentId", "reference", "schoolId", "category", "legalityBefore",
            "legalityAfter", "actionsAdded", "actionsRemoved", "responsibleChanged", "deadlineChanged",
            "rulesOnlyInForce", "rulesOnlyInCandidate");

    private ImpactCsv() {
    }

    static String of(ImpactReport report) {
        StringBuilder text = new StringBuilder();
        row(text, HEADER.toArray());
        for (IncidentChange c : report.changes()) {
            row(text, c.incidentId(), c.reference(), c.schoolId(), c.category(), c.legalityBefore(), c.legalityAfter(),
                    String.join(" ", c.actionsAdded()), String.join(" ", c.actionsRemoved()),
                    c.responsibleChanged().stream().map(r -> r.code() + ": " + r.before() + ">" + r.after())
                            .collect(Collectors.joining(" ")),
                    c.deadlineChanged().stream().map(d -> d.code() + ": " + d.before() + ">" + d.after())
                            .collect(Collectors.joining(" ")),
                    String.join("; ", c.rulesOnlyInForce()), String.join("; ", c.rulesOnlyInCandidate()));
        }
        return text.toString();
    }

    private static void row(StringBuilder text, Object... fields) {
        text.append(Arrays.stream(fields).map(ImpactCsv::field).collect(Collectors.joining(","))).append("\r\n");
    }

    static String field(Object value) {
        if (value == null) {
            return "";
        }
        String s = value.toString();
        if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
            s = "'" + s;
        }
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            s = "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }
}
