package org.esafety.action;

import java.util.List;
import java.util.Objects;

import org.esafety.rules.RuleRef;

/**
 * Why an action or instruction is required: each rule that asked for it paired with the policy clause it cites,
 * so that an auditor sees which source belongs to which rule. api.md's {@code rules} and {@code sources} lists
 * are read from the pairs.
 */
public final class Provenance {

    private Provenance() {
    }

    /** The rules' names, each once, in the order they asked. */
    public static List<String> names(List<RuleRef> provenance) {
        return provenance.stream().map(RuleRef::name).distinct().toList();
    }

    /** The sources, each once, in the order of their rules. */
    public static List<String> sources(List<RuleRef> provenance) {
        return provenance.stream().map(RuleRef::source).filter(Objects::nonNull).distinct().toList();
    }
}
