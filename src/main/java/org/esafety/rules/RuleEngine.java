package org.esafety.rules;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.runtime.KieSession;

import org.esafety.policy.ActionRequired;
import org.esafety.policy.Case;
import org.esafety.policy.Circumstances;
import org.esafety.policy.ConcludedLegality;
import org.esafety.policy.InstructionGiven;
import org.esafety.policy.Legality;
import org.esafety.policy.Party;
import org.esafety.policy.SchoolPolicy;
import org.esafety.policy.Substitution;
import org.esafety.rules.RuleOutcome.ActionRequest;
import org.esafety.rules.RuleOutcome.InstructionRequest;
import org.esafety.rules.RuleOutcome.Reassignment;

/**
 * Runs one rule set over one incident's facts in a short-lived session. Stateless and thread-safe:
 * every evaluation takes a session of its own from the rule set's pool and disposes of it, which resets
 * it and returns it to the pool.
 */
public final class RuleEngine {

    /** A rule set that loops is a broken rule set, not a slow incident. */
    private static final int MAX_FIRINGS = 10_000;

    private RuleEngine() {
    }

    public static RuleOutcome evaluate(RuleSet ruleSet, Case incident, Circumstances circumstances,
                                       List<Party> parties, SchoolPolicy policy) {
        Recorder recorder = new Recorder();
        // Drools looks up its services through the thread's context class loader, which on pool threads
        // (parallel streams, schedulers) or after another application ran in the JVM is not ours.
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(Case.class.getClassLoader());
        KieSession session = ruleSet.newSession();
        try {
            session.addEventListener(recorder.agenda);
            session.addEventListener(recorder.runtime);
            session.insert(incident);
            session.insert(circumstances == null ? Circumstances.unknown() : circumstances);
            session.insert(policy);
            parties.forEach(session::insert);
            int fired = session.fireAllRules(MAX_FIRINGS);
            if (fired >= MAX_FIRINGS) {
                throw new IllegalStateException("the rule set fired " + fired + " rules without settling");
            }
        } finally {
            // A pooled session keeps its listeners through a reset: the next evaluation brings its own.
            session.removeEventListener(recorder.agenda);
            session.removeEventListener(recorder.runtime);
            session.dispose();
            thread.setContextClassLoader(previous);
        }
        return recorder.outcome(ruleSet);
    }

    /** Collects fired rules and what each rule inserted. */
    private static final class Recorder {
        private final List<String> fired = new ArrayList<>();
        private final Map<Object, Rule> inserted = new IdentityHashMap<>();
        private final List<Object> order = new ArrayList<>();

        final DefaultAgendaEventListener agenda = new DefaultAgendaEventListener() {
            @Override
            public void afterMatchFired(AfterMatchFiredEvent event) {
                fired.add(event.getMatch().getRule().getName());
            }
        };

        final DefaultRuleRuntimeEventListener runtime = new DefaultRuleRuntimeEventListener() {
            @Override
            public void objectInserted(ObjectInsertedEvent event) {
                if (event.getRule() != null) {
                    inserted.put(event.getObject(), event.getRule());
                    order.add(event.getObject());
                }
            }
        };

        RuleOutcome outcome(RuleSet ruleSet) {
            Legality legality = null;
            List<ActionRequest> actions = new ArrayList<>();
            List<InstructionRequest> instructions = new ArrayList<>();
            List<Reassignment> substitutions = new ArrayList<>();
            for (Object fact : order) {
                RuleRef ref = ref(ruleSet, inserted.get(fact));
                if (fact instanceof ConcludedLegality l) {
                    if (legality != null && legality != l.level()) {
                        throw new IllegalStateException("the rules concluded two legalities: " + legality
                                + " and " + l.level());
                    }
                    legality = l.level();
                } else if (fact instanceof ActionRequired a) {
                    actions.add(new ActionRequest(a.code(), a.deadline(), ref));
                } else if (fact instanceof InstructionGiven i) {
                    instructions.add(new InstructionRequest(i.code(), ref));
                } else if (fact instanceof Substitution s) {
                    substitutions.add(new Reassignment(s.from(), s.to(), ref));
                }
            }
            if (legality == null) {
                throw new IllegalStateException("the rule set concluded no legality");
            }
            return new RuleOutcome(ruleSet.version(), legality, List.copyOf(fired), actions, instructions,
                    substitutions);
        }

        private static RuleRef ref(RuleSet ruleSet, Rule rule) {
            RuleInfo info = ruleSet.rule(rule.getName());
            return info == null ? new RuleRef(null, rule.getName(), null)
                    : new RuleRef(info.id(), info.name(), info.source());
        }
    }
}
