package org.esafety.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * Thread-safe tally of the invariants: how often each applied, how often it failed, and its simplest
 * counterexamples (fewest facts first, then lowest index), so that the report is the same on every run.
 */
final class InvariantLedger {

    private static final int EXAMPLES = 3;

    /** One counterexample: the facts, what was wrong, and the decision. */
    record Example(int complexity, long index, String facts, String problem, String decision) {
    }

    private static final class Tally {
        final LongAdder applied = new LongAdder();
        final LongAdder failed = new LongAdder();
        final List<Example> examples = new ArrayList<>();
    }

    private final Map<String, Tally> tallies = new ConcurrentHashMap<>();

    void applied(String invariant) {
        tally(invariant).applied.increment();
    }

    void failed(String invariant, Combination combination, Supplier<String> problem, Supplier<String> decision) {
        Tally t = tally(invariant);
        t.failed.increment();
        int complexity = combination.complexity();
        synchronized (t.examples) {
            if (t.examples.size() == EXAMPLES) {
                Example worst = t.examples.get(EXAMPLES - 1);
                if (worst.complexity() < complexity
                        || worst.complexity() == complexity && worst.index() <= combination.index()) {
                    return;
                }
            }
            t.examples.add(new Example(complexity, combination.index(), combination.describe(), problem.get(),
                    decision.get()));
            t.examples.sort(Comparator.comparingInt(Example::complexity).thenComparingLong(Example::index));
            if (t.examples.size() > EXAMPLES) {
                t.examples.remove(EXAMPLES);
            }
        }
    }

    private Tally tally(String invariant) {
        return tallies.computeIfAbsent(invariant, k -> new Tally());
    }

    List<String> failing() {
        return tallies.entrySet().stream().filter(e -> e.getValue().failed.sum() > 0).map(Map.Entry::getKey)
                .sorted().toList();
    }

    /** A table of every invariant: how often it applied and how often it failed. */
    String table() {
        StringBuilder s = new StringBuilder();
        tallies.keySet().stream().sorted().forEach(name -> s.append(String.format("  %-100s applied %,10d  failed %,9d%n",
                name, tallies.get(name).applied.sum(), tallies.get(name).failed.sum())));
        return s.toString();
    }

    /** The failing invariants (at most {@code limit}), each with its simplest counterexamples. */
    String report(int limit) {
        StringBuilder s = new StringBuilder();
        List<String> failing = failing();
        s.append(failing.size()).append(" invariant(s) fail");
        if (failing.size() > limit) {
            s.append(" (the first ").append(limit).append(" shown; the table above lists all)");
        }
        s.append(":\n");
        for (String name : failing.subList(0, Math.min(limit, failing.size()))) {
            Tally t = tallies.get(name);
            s.append("\n* ").append(name).append(" — ").append(String.format("%,d", t.failed.sum()))
                    .append(" of ").append(String.format("%,d", t.applied.sum())).append(" combinations\n");
            synchronized (t.examples) {
                for (Example e : t.examples) {
                    s.append("    facts:    ").append(e.facts()).append('\n')
                            .append("    problem:  ").append(e.problem()).append('\n')
                            .append("    decision: ").append(e.decision()).append('\n');
                }
            }
        }
        return s.toString();
    }
}
