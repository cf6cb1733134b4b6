package org.esafety.report;

import java.util.List;
import java.util.Locale;

/**
 * A horizontal bar chart as inline SVG, drawn on the server: {@code role="img"} with a {@code <title>} and a
 * {@code <desc>} that reads out every bar ("Cyberbullying: 3; Sharing nudes: 1"), each bar with its number written
 * beside it, black on white so that it prints. The page puts the same numbers in a table next to it.
 */
final class BarChart {

    /** One bar: its label and its value. */
    record Bar(String label, long value) {
    }

    private static final int LABEL = 280;
    private static final int BARS = 280;
    private static final int ROW = 26;

    private BarChart() {
    }

    static String svg(String id, String title, List<Bar> bars) {
        long max = Math.max(1, bars.stream().mapToLong(Bar::value).max().orElse(0));
        int height = Math.max(1, bars.size()) * ROW + 8;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"bar-chart\" role=\"img\" font-family=\"sans-serif\" font-size=\"13\""
                + " id=\"%s\" aria-labelledby=\"%s-title %s-desc\" viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\">",
                id, id, id, LABEL + BARS + 60, height, LABEL + BARS + 60, height));
        svg.append("<title id=\"").append(id).append("-title\">").append(escape(title)).append("</title>");
        svg.append("<desc id=\"").append(id).append("-desc\">").append(escape(describe(bars))).append("</desc>");
        int y = 4;
        for (Bar bar : bars) {
            int width = (int) Math.round((double) bar.value() * BARS / max);
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\" class=\"label\">%s</text>",
                    LABEL - 8, y + 17, escape(bar.label())));
            svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"18\" class=\"bar\""
                    + " fill=\"#1d4f91\" stroke=\"#000\" stroke-width=\"0.5\"/>", LABEL, y + 3, Math.max(width, 1)));
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" class=\"value\">%d</text>",
                    LABEL + width + 6, y + 17, bar.value()));
            y += ROW;
        }
        if (bars.isEmpty()) {
            svg.append("<text x=\"8\" y=\"20\">None in this period</text>");
        }
        return svg.append("</svg>").toString();
    }

    static String describe(List<Bar> bars) {
        if (bars.isEmpty()) {
            return "None in this period.";
        }
        StringBuilder text = new StringBuilder();
        for (Bar bar : bars) {
            text.append(text.length() == 0 ? "" : "; ").append(bar.label()).append(": ").append(bar.value());
        }
        return text.append('.').toString();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
