package org.esafety.rules;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.esafety.bench.IncidentMix;
import org.esafety.policy.Circumstances;
import org.esafety.policy.IncidentFacts;
import org.esafety.policy.SchoolPolicy;
import org.esafety.school.SchoolRegistry;
import org.kie.api.KieServices;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionConfiguration;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.conf.ThreadSafeOption;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Where an evaluation's time goes: the engine as it is (sessions from the rule set's pool), what it did
 * before (a new session per evaluation, with listeners), and the levers one at a time (no listeners; a
 * pool; a session without its thread-safety locks; creating a session alone). A study for the README's
 * profile section; all in one JVM, so that they compare under the same load.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 4)
@Measurement(iterations = 4, time = 4)
@Fork(1)
public class EngineVariantsBenchmark {

    private RuleSet rules;
    private List<IncidentFacts> incidents;
    private List<SchoolPolicy> policies;
    private KieSessionsPool pool;
    private KieSessionConfiguration unlocked;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        org.esafety.bench.ServiceLogging.apply();
        rules = RuleCompiler.compile(Path.of(System.getProperty("esafety.rules.dir", "../rules")), Instant.now());
        incidents = IncidentMix.incidents(1024, 20261123L);
        policies = SchoolRegistry.standard().all().stream().map(s -> s.policy()).toList();
        pool = rules.kieBase().newKieSessionsPool(4);
        unlocked = KieServices.Factory.get().newKieSessionConfiguration();
        unlocked.setOption(ThreadSafeOption.NO);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        pool.shutdown();
    }

    private IncidentFacts nextIncident() {
        next = (next + 1) % incidents.size();
        return incidents.get(next);
    }

    private int run(KieSession session, IncidentFacts f) {
        try {
            session.insert(f.incident());
            session.insert(f.circumstances() == null ? Circumstances.unknown() : f.circumstances());
            session.insert(policies.get(next % policies.size()));
            f.parties().forEach(session::insert);
            return session.fireAllRules();
        } finally {
            session.dispose();
        }
    }

    @Benchmark
    public RuleOutcome engine() {
        IncidentFacts f = nextIncident();
        return RuleEngine.evaluate(rules, f.incident(), f.circumstances(), f.parties(), policies.get(next % policies.size()));
    }

    /** What RuleEngine did before the pool: a new session per evaluation, with its two listeners. */
    @Benchmark
    public int freshSessionWithListeners() {
        KieSession session = rules.kieBase().newKieSession();
        java.util.List<Object> seen = new java.util.ArrayList<>();
        session.addEventListener(new org.kie.api.event.rule.DefaultAgendaEventListener() {
            @Override
            public void afterMatchFired(org.kie.api.event.rule.AfterMatchFiredEvent event) {
                seen.add(event.getMatch().getRule().getName());
            }
        });
        session.addEventListener(new org.kie.api.event.rule.DefaultRuleRuntimeEventListener() {
            @Override
            public void objectInserted(org.kie.api.event.rule.ObjectInsertedEvent event) {
                seen.add(event.getObject());
            }
        });
        return run(session, nextIncident()) + seen.size();
    }

    @Benchmark
    public int freshSessionNoListeners() {
        return run(rules.kieBase().newKieSession(), nextIncident());
    }

    @Benchmark
    public int pooledSessionNoListeners() {
        return run(pool.newKieSession(), nextIncident());
    }

    @Benchmark
    public int unlockedSessionNoListeners() {
        return run(rules.kieBase().newKieSession(unlocked, null), nextIncident());
    }

    @Benchmark
    public int sessionOnly() {
        KieSession s = rules.kieBase().newKieSession();
        s.dispose();
        return 0;
    }
}
