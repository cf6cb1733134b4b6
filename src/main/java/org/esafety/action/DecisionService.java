package org.esafety.action;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;

import org.esafety.rules.RuleOutcome;
import org.esafety.rules.RuleSetHolder;
import org.esafety.rules.facts.IncidentFacts;
import org.esafety.school.School;

/** Runs the current rules over an incident's facts and turns the outcome into a decision. */
@ApplicationScoped
public class DecisionService {

    private final RuleSetHolder rules;
    private final Decider decider;
    private final Clock clock;

    public DecisionService(RuleSetHolder rules, ActionCatalogue catalogue, DeadlineCalculator deadlines, Clock clock) {
        this.rules = rules;
        this.decider = new Decider(catalogue, deadlines);
        this.clock = clock;
    }

    /** The decision for {@code facts}, with deadlines counted from {@code awareness}. */
    public Decision decide(IncidentFacts facts, School school, Instant awareness) {
        RuleOutcome outcome = rules.evaluate(facts, school.policy());
        return decider.decide(outcome, school, awareness, clock.instant().truncatedTo(ChronoUnit.MICROS));
    }
}
