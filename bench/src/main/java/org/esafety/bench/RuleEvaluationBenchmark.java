package org.esafety.bench;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.esafety.action.BankHolidays;
import org.esafety.action.DeadlineCalculator;
import org.esafety.action.Decider;
import org.esafety.action.Decision;
import org.esafety.rules.RuleCompiler;
import org.esafety.rules.RuleEngine;
import org.esafety.rules.RuleOutcome;
import org.esafety.rules.RuleSet;
import org.esafety.policy.IncidentFacts;
import org.esafety.school.School;
import org.esafety.school.SchoolRegistry;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The full rule set over a realistic mix of incidents (every category, every instigator kind, random
 * flags from a fixed seed), on one thread: the rules alone, and the whole decision (rules, catalogue,
 * substitutions, deadlines on the bank-holiday calendar, order).
 */
@State(Scope.Thread)
@BenchmarkMode({Mode.SampleTime, Mode.Throughput})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
@Threads(1)
public class RuleEvaluationBenchmark {

    private static final int MIX = 1024;

    private RuleSet rules;
    private Decider decider;
    private List<School> schools;
    private final List<IncidentFacts> incidents = new ArrayList<>();
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        ServiceLogging.apply();
        rules = RuleCompiler.compile(Path.of(System.getProperty("esafety.rules.dir", "../rules")), Instant.now());
        decider = new Decider(new DeadlineCalculator(BankHolidays.englandAndWales()));
        schools = List.copyOf(SchoolRegistry.standard().all());
        incidents.addAll(IncidentMix.incidents(MIX, 20261123L));
    }

    private IncidentFacts nextIncident() {
        next = (next + 1) % MIX;
        return incidents.get(next);
    }

    @Benchmark
    public RuleOutcome rulesOnly() {
        IncidentFacts f = nextIncident();
        return RuleEngine.evaluate(rules, f.incident(), f.circumstances(), f.parties(),
                schools.get(next % schools.size()).policy());
    }

    @Benchmark
    public Decision wholeDecision() {
        IncidentFacts f = nextIncident();
        School school = schools.get(next % schools.size());
        RuleOutcome outcome = RuleEngine.evaluate(rules, f.incident(), f.circumstances(), f.parties(), school.policy());
        Instant now = Instant.parse("2026-11-20T15:30:00Z");
        return decider.decide(outcome, rules.catalogue(), school, now, now);
    }
}
