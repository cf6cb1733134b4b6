package org.esafety.rules;

import java.nio.file.Path;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;

import io.quarkus.logging.Log;
import io.quarkus.runtime.Startup;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.esafety.policy.IncidentFacts;
import org.esafety.policy.SchoolPolicy;

/**
 * Holds the compiled rule set. Compiles {@code rules/} at start-up and refuses to start when a file does
 * not compile, naming file and line. Each evaluation uses the set current when it began.
 *
 * <p>The first compilation runs on a thread of its own from the first start-up observer on, beside the rest of
 * the start (the first admin's password hash, the audit keys, the HTTP server), and the last start-up observer
 * waits for it: a rule file that does not compile still stops the start, and nothing is served before the set
 * is there (readiness says DOWN until then, and every caller of {@link #current()} waits for it).
 */
@Startup(0)
@ApplicationScoped
public class RuleSetHolder {

    private final AtomicReference<RuleSet> current = new AtomicReference<>();
    private final CompletableFuture<RuleSet> first = new CompletableFuture<>();
    private final Path folder;
    private final Clock clock;

    public RuleSetHolder(RulesConfig config, Clock clock) {
        this.clock = clock;
        this.folder = Path.of(config.dir()).toAbsolutePath().normalize();
        Thread compiler = new Thread(this::compileFirst, "rule-set-compiler");
        compiler.setDaemon(true);
        compiler.start();
    }

    private void compileFirst() {
        try {
            long started = System.nanoTime();
            RuleSet ruleSet = RuleCompiler.compile(folder, clock.instant().truncatedTo(ChronoUnit.MICROS));
            current.compareAndSet(null, ruleSet);
            first.complete(ruleSet);
            Log.infof("Rule set %s loaded in %d ms: %d rules in %d files from %s", ruleSet.version(),
                    (System.nanoTime() - started) / 1_000_000, ruleSet.rules().size(), ruleSet.files().size(), folder);
        } catch (Throwable e) {
            first.completeExceptionally(e);
        }
    }

    /** The last start-up observer: the start fails here, naming file and line, if the rules do not compile. */
    void awaitFirst(@Observes @Priority(Integer.MAX_VALUE) StartupEvent event) {
        current();
    }

    /** Whether the first compilation has finished (readiness asks without waiting). */
    boolean loaded() {
        return current.get() != null;
    }

    /**
     * Compiles the rules folder again and swaps the new set in atomically; evaluations already running
     * finish on the set they started with. On any error the current set keeps serving.
     */
    public RuleSet reload() {
        current();
        RuleSet next = RuleCompiler.compile(folder, clock.instant().truncatedTo(ChronoUnit.MICROS));
        RuleSet previous = current.getAndSet(next);
        Log.infof("Rule set reloaded: %s -> %s (%d rules in %d files)", previous.version(), next.version(),
                next.rules().size(), next.files().size());
        return next;
    }

    /** The rule set in force; waits for the first compilation, and throws its failure, while it runs. */
    public RuleSet current() {
        RuleSet set = current.get();
        if (set != null) {
            return set;
        }
        try {
            first.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
        return current.get();
    }

    /** Runs the current rule set over one incident's facts. */
    public RuleOutcome evaluate(IncidentFacts facts, SchoolPolicy policy) {
        return current().evaluate(facts, policy);
    }
}
