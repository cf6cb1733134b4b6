package org.esafety.rules;

import java.nio.file.Path;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicReference;

import io.quarkus.logging.Log;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;

import org.esafety.policy.IncidentFacts;
import org.esafety.policy.SchoolPolicy;

/**
 * Holds the compiled rule set. Compiles {@code rules/} at start-up and refuses to start when a file does
 * not compile, naming file and line. Each evaluation uses the set current when it began.
 */
@Startup
@ApplicationScoped
public class RuleSetHolder {

    private final AtomicReference<RuleSet> current = new AtomicReference<>();
    private final Path folder;
    private final Clock clock;

    public RuleSetHolder(RulesConfig config, Clock clock) {
        this.clock = clock;
        this.folder = Path.of(config.dir()).toAbsolutePath().normalize();
        long started = System.nanoTime();
        RuleSet ruleSet = RuleCompiler.compile(folder, clock.instant().truncatedTo(ChronoUnit.MICROS));
        current.set(ruleSet);
        Log.infof("Rule set %s loaded in %d ms: %d rules in %d files from %s", ruleSet.version(),
                (System.nanoTime() - started) / 1_000_000, ruleSet.rules().size(), ruleSet.files().size(), folder);
    }

    /**
     * Compiles the rules folder again and swaps the new set in atomically; evaluations already running
     * finish on the set they started with. On any error the current set keeps serving.
     */
    public RuleSet reload() {
        RuleSet next = RuleCompiler.compile(folder, clock.instant().truncatedTo(ChronoUnit.MICROS));
        RuleSet previous = current.getAndSet(next);
        Log.infof("Rule set reloaded: %s -> %s (%d rules in %d files)", previous.version(), next.version(),
                next.rules().size(), next.files().size());
        return next;
    }

    public RuleSet current() {
        return current.get();
    }

    /** Runs the current rule set over one incident's facts. */
    public RuleOutcome evaluate(IncidentFacts facts, SchoolPolicy policy) {
        return current().evaluate(facts, policy);
    }
}
