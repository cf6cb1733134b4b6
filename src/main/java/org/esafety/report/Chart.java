package org.esafety.report;

import java.util.List;
import java.util.Locale;

/** A chart of the report: its bars, each with its share of the longest (for the PDF's bars), and its SVG (the page's). */
public record Chart(String id, String title, List<Row> rows) {

    /** One bar; {@code percent} is its length against the longest bar. */
    public record Row(String label, long value, int percent) {
    }

    static Chart of(String id, String title, List<BarChart.Bar> bars) {
        long max = Math.max(1, bars.stream().mapToLong(BarChart.Bar::value).max().orElse(0));
        return new Chart(id, title, bars.stream()
                .map(b -> new Row(b.label(), b.value(), (int) Math.round(100.0 * b.value() / max))).toList());
    }

    public String svg() {
        return BarChart.svg(id, title, rows.stream().map(r -> new BarChart.Bar(r.label(), r.value())).toList());
    }

    public String description() {
        return BarChart.describe(rows.stream().map(r -> new BarChart.Bar(r.label(), r.value())).toList());
    }

    /** "CHILD_SEXUAL_ABUSE_IMAGERY" reads "Child sexual abuse imagery". */
    static String words(Enum<?> value) {
        String text = value.name().replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** The three charts of a summary: incidents by category and by legality, referrals by agency. */
    static List<Chart> of(Summary s) {
        return List.of(
                of("chart-category", "Incidents by category", s.incidents().byCategory().stream()
                        .map(c -> new BarChart.Bar(words(c.category()), c.count())).toList()),
                of("chart-legality", "Incidents by legality (latest decision)", s.incidents().byLegality().stream()
                        .map(l -> new BarChart.Bar(words(l.legality()), l.count())).toList()),
                of("chart-referrals", "Referrals required, by agency", s.referrals().stream()
                        .map(r -> new BarChart.Bar(r.agency(), r.total())).toList()));
    }
}
