package org.esafety.flowchart;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;

import org.esafety.rules.RuleSet;
import org.esafety.rules.RuleSetHolder;

/**
 * The flowchart that goes with the rule set in force: {@code flowchart.yaml} of the rules folder is one of the
 * rule set's files (in its version), so a reload that changes it redraws the chart. A chart is drawn once per
 * rule-set version. {@code esafety.flowchart.file} may name another description, read once at start-up.
 * A description that is missing or cannot be drawn is logged with its problem and shown as a notice: the
 * chart is a picture of the rules, and without it incidents must still be taken and decided.
 */
@ApplicationScoped
public class Flowcharts {

    /** The rules folder's description of the chart. */
    public static final String FILE = "flowchart.yaml";

    private record Drawn(String version, Flowchart chart) {
    }

    private final RuleSetHolder rules;
    private final Flowchart fixed;
    private final AtomicReference<Drawn> drawn = new AtomicReference<>();

    public Flowcharts(FlowchartConfig config, RuleSetHolder rules) {
        this.rules = rules;
        this.fixed = config.file().map(f -> new Flowchart(Flowchart.readOrNotice(Path.of(f).toAbsolutePath())))
                .orElse(null);
    }

    /** The chart of the rule set in force. */
    public Flowchart current() {
        if (fixed != null) {
            return fixed;
        }
        RuleSet set = rules.current();
        Drawn last = drawn.get();
        if (last != null && last.version().equals(set.version())) {
            return last.chart();
        }
        Flowchart chart = new Flowchart(set.files().stream().filter(f -> f.name().equals(FILE)).findFirst()
                .map(f -> Flowchart.readOrNotice(f.name(), f.text()))
                .orElseGet(() -> Flowchart.readOrNotice(FILE, "")));
        List<String> unknown = chart.unknownRules(set);
        if (!unknown.isEmpty()) {
            Log.warnf("The flowchart names %d rules the rule set does not have; they light nothing: %s",
                    unknown.size(), unknown);
        }
        drawn.set(new Drawn(set.version(), chart));
        return chart;
    }
}
