package org.esafety.action;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;

import org.esafety.policy.IncidentFacts;
import org.esafety.rules.RuleOutcome;
import org.esafety.rules.RuleSet;
import org.esafety.rules.RuleSetHolder;
import org.esafety.school.School;

/** Runs the current rules over an incident's facts and turns the outcome into a decision. */
@ApplicationScoped
public class DecisionService {

    private final RuleSetHolder rules;
    private final Decider decider;
    private final Clock clock;
    private final Timer evaluations;

    public DecisionService(RuleSetHolder rules, DeadlineCalculator deadlines, Clock clock,
                           MeterRegistry registry) {
        this.rules = rules;
        this.decider = new Decider(deadlines);
        this.clock = clock;
        this.evaluations = Timer.builder("esafety.evaluations")
                .description("Rule evaluations (intake, reassessment and dry runs) and their time")
                .register(registry);
    }

    /** The decision for {@code facts}, with deadlines counted from {@code awareness}. */
    public Decision decide(IncidentFacts facts, School school, Instant awareness) {
        long start = System.nanoTime();
        try {
            return decideWith(rules.current(), facts, school, awareness);
        } finally {
            evaluations.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        }
    }

    /**
     * The decision a given rule set (the one in force, or a candidate) would make for {@code facts}, exactly as
     * {@link #decide} makes it; for comparisons, which are not counted among the service's evaluations.
     */
    public Decision decideWith(RuleSet ruleSet, IncidentFacts facts, School school, Instant awareness) {
        RuleOutcome outcome = ruleSet.evaluate(facts, school.policy());
        return decider.decide(outcome, ruleSet.catalogue(), school, awareness,
                clock.instant().truncatedTo(ChronoUnit.MICROS));
    }
}
