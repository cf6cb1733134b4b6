package org.esafety.rules;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicReference;

import io.quarkus.logging.Log;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;

import org.esafety.rules.facts.IncidentFacts;
import org.esafety.rules.facts.SchoolPolicy;

/**
 * Holds the compiled rule set. Compiles {@code rules/} at start-up and refuses to start when a file does
 * not compile, naming file and line. Each evaluation uses the set current when it began.
 */
@Startup
@ApplicationScoped
public class RuleSetHolder {

    private final AtomicReference<RuleSet> current = new AtomicReference<>();
    private final Path folder;

    public RuleSetHolder(RulesConfig config, Clock clock) {
        this.folder = Path.of(config.dir()).toAbsolutePath().normalize();
        RuleSet ruleSet = RuleCompiler.compile(folder, clock.instant());
        current.set(ruleSet);
        Log.infof("Rule set %s loaded: %d rules in %d files from %s", ruleSet.version(), ruleSet.rules().size(),
                ruleSet.files().size(), folder);
    }

    public RuleSet current() {
        return current.get();
    }

    /** Runs the current rule set over one incident's facts. */
    public RuleOutcome evaluate(IncidentFacts facts, SchoolPolicy policy) {
        return RuleEngine.evaluate(current(), facts.incident(), facts.circumstances(), facts.parties(), policy);
    }
}
