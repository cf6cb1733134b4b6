package org.esafety.flowchart;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import io.quarkus.logging.Log;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.esafety.rules.RuleSet;
import org.esafety.rules.RuleSetHolder;
import org.esafety.rules.RulesConfig;

/**
 * The incident-handling flowchart, drawn from {@code rules/flowchart.yaml} as inline SVG: whole and unlit for
 * the rules page, or with the path an incident's decision took lit from the names of the rules that fired.
 * The description is read and checked once at start-up; a file that cannot be drawn stops the start with
 * its name and the problem.
 */
@Startup
@ApplicationScoped
public class Flowchart {

    private final FlowchartSpec spec;
    private final SvgRenderer renderer;
    private final String unlit;

    @Inject
    public Flowchart(FlowchartConfig config, RulesConfig rules, RuleSetHolder ruleSets) {
        this(FlowchartLoader.load(file(config, rules)));
        List<String> unknown = unknownRules(ruleSets.current());
        if (!unknown.isEmpty()) {
            Log.warnf("The flowchart names %d rules the rule set does not have; they light nothing: %s",
                    unknown.size(), unknown);
        }
    }

    Flowchart(FlowchartSpec spec) {
        this.spec = spec;
        this.renderer = new SvgRenderer(spec);
        this.unlit = renderer.render(Set.of());
    }

    /** Reads and checks a description file, for tools and tests that run without the service. */
    public static Flowchart load(Path file) {
        return new Flowchart(FlowchartLoader.load(file));
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

    private static Path file(FlowchartConfig config, RulesConfig rules) {
        return config.file().map(Path::of).orElseGet(() -> Path.of(rules.dir()).resolve("flowchart.yaml"))
                .toAbsolutePath().normalize();
    }
}
