package org.esafety.rules;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.kie.api.KieBase;

/** One compiled, immutable rule set: the knowledge base, its version and its catalogue. */
public final class RuleSet {

    private final KieBase kieBase;
    private final String version;
    private final Instant loadedAt;
    private final List<RuleFile> files;
    private final List<RuleInfo> rules;
    private final Map<String, RuleInfo> rulesByName;

    RuleSet(KieBase kieBase, String version, Instant loadedAt, List<RuleFile> files, List<RuleInfo> rules) {
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

    /** {@code sha256:} and the hex SHA-256 over the rule files, as api.md defines it. */
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
}
