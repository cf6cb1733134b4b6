package org.esafety.flowchart;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import io.quarkus.logging.Log;

import org.esafety.rules.RuleSet;

/**
 * The incident-handling flowchart, drawn from {@code rules/flowchart.yaml} as inline SVG: whole and unlit for
 * the rules page, or with the path an incident's decision took lit from the names of the rules that fired.
 * Immutable; {@link Flowcharts} holds the one that goes with the rule set in force.
 */
public final class Flowchart {

    /** What the pages show when the description cannot be drawn: one step that nothing lights. */
    static final FlowchartSpec NOT_AVAILABLE = new FlowchartSpec("How an e-safety incident is handled",
            "The flowchart is not available: its description could not be read. The service log says why.",
            List.of(new FlowchartSpec.Node("not-available", FlowchartSpec.Kind.END,
                    "The flowchart is not available", 0, 0, List.of())), List.of());

    private final FlowchartSpec spec;
    private final SvgRenderer renderer;
    private final String unlit;

    Flowchart(FlowchartSpec spec) {
        this.spec = spec;
        this.renderer = new SvgRenderer(spec);
        this.unlit = renderer.render(Set.of());
    }

    /** Reads and checks a description file, for tools and tests that run without the service. */
    public static Flowchart load(Path file) {
        return new Flowchart(FlowchartLoader.load(file));
    }

    /** False when the description could not be read and the chart is a notice saying so. */
    public boolean available() {
        return spec != NOT_AVAILABLE;
    }

    /** The chart with every step and arrow lit by one of {@code firedRules} (rule names) marked. */
    public String svg(Collection<String> firedRules) {
        return firedRules == null || firedRules.isEmpty() ? unlit : renderer.render(Set.copyOf(firedRules));
    }

    /** The chart with nothing lit, as the rules page shows it. */
    public String unlit() {
        return unlit;
    }

    /** The labels of the steps {@code firedRules} light, top to bottom: the path as text. */
    public List<String> litSteps(Collection<String> firedRules) {
        Set<String> fired = firedRules == null ? Set.of() : Set.copyOf(firedRules);
        return spec.lit(id -> spec.node(id).litBy(fired)).stream().map(FlowchartSpec.Node::label).toList();
    }

    /** The rule names the description uses that {@code ruleSet} has no rule of. */
    public List<String> unknownRules(RuleSet ruleSet) {
        return spec.ruleNames().stream().filter(name -> ruleSet.rule(name) == null).toList();
    }

    public FlowchartSpec spec() {
        return spec;
    }

    /** The description in {@code file}, or {@link #NOT_AVAILABLE} with the problem logged. */
    static FlowchartSpec readOrNotice(Path file) {
        try {
            return FlowchartLoader.load(file);
        } catch (FlowchartException e) {
            Log.errorf("The flowchart cannot be drawn, the pages show a notice instead: %s", e.getMessage());
            return NOT_AVAILABLE;
        }
    }

    /** The description in {@code text}, or {@link #NOT_AVAILABLE} with the problem logged. */
    static FlowchartSpec readOrNotice(String name, String text) {
        try {
            return FlowchartLoader.load(name, text);
        } catch (FlowchartException e) {
            Log.errorf("The flowchart cannot be drawn, the pages show a notice instead: %s", e.getMessage());
            return NOT_AVAILABLE;
        }
    }
}
