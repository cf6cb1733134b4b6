package org.esafety.rules;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;

/** One compiled, immutable rule set: the knowledge base, its version, its catalogue and a pool of sessions. */
public final class RuleSet {

    /** Sessions made up front; the pool makes more when more evaluations run at once. */
    private static final int POOLED_SESSIONS = 4;

    private final KieBase kieBase;
    private final String version;
    private final Instant loadedAt;
    private final List<RuleFile> files;
    private final List<RuleInfo> rules;
    private final Map<String, RuleInfo> rulesByName;
    private final ActionCatalogue catalogue;
    private final EscalationChain escalation;
    private volatile KieSessionsPool sessions;

    RuleSet(KieBase kieBase, String version, Instant loadedAt, List<RuleFile> files, List<RuleInfo> rules,
            ActionCatalogue catalogue, EscalationChain escalation) {
        this.catalogue = catalogue;
        this.escalation = escalation;
        this.kieBase = kieBase;
        this.version = version;
        this.loadedAt = loadedAt;
        this.files = List.copyOf(files);
        this.rules = List.copyOf(rules);
        this.rulesByName = rules.stream().collect(Collectors.toUnmodifiableMap(RuleInfo::name,
                Function.identity(), (a, b) -> a));
    }

    KieBase kieBase() {
        return kieBase;
    }

    /**
     * A session of this rule base from its pool: a new session costs more than a third of an evaluation
     * (its node memories), a pooled one is reset when disposed, which returns it to the pool. Made on first
     * use, on the caller's thread, whose context class loader {@link RuleEngine} sets.
     */
    KieSession newSession() {
        KieSessionsPool pool = sessions;
        if (pool == null) {
            synchronized (this) {
                pool = sessions;
                if (pool == null) {
                    pool = kieBase.newKieSessionsPool(POOLED_SESSIONS);
                    sessions = pool;
                }
            }
        }
        return pool.newKieSession();
    }

    /** The action catalogue that came with these rules ({@code actions.yaml}). */
    public ActionCatalogue catalogue() {
        return catalogue;
    }

    /** Who is told next when a role does not act ({@code escalation.yaml}). */
    public EscalationChain escalation() {
        return escalation;
    }

    /** {@code sha256:} and the hex SHA-256 over every file of the rules folder, as api.md defines it. */
    public String version() {
        return version;
    }

    public Instant loadedAt() {
        return loadedAt;
    }

    public List<RuleFile> files() {
        return files;
    }

    public List<RuleInfo> rules() {
        return rules;
    }

    public RuleInfo rule(String name) {
        return rulesByName.get(name);
    }

    /** Runs this rule set over one incident's facts. */
    public RuleOutcome evaluate(org.esafety.policy.IncidentFacts facts, org.esafety.policy.SchoolPolicy policy) {
        return RuleEngine.evaluate(this, facts.incident(), facts.circumstances(), facts.parties(), policy);
    }

    /** One rule file of this set, exactly as loaded; a name that is not one of its files answers 404. */
    public RuleFile file(String name) {
        return files().stream().filter(f -> f.name().equals(name)).findFirst()
                .orElseThrow(() -> new RuleFileNotFoundException(name));
    }
}
