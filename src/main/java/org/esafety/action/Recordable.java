package org.esafety.action;

import java.util.Map;
import java.util.Set;

import org.esafety.policy.Responsible;

/**
 * The responsible roles whose actions a person records (the board's "what I may record"): {@code everywhere} at each
 * of its schools, and each role of {@code atSchools} only at the schools listed for it (HEADTEACHER where the
 * profile says the headteacher is the DSL). Empty: nothing.
 */
public record Recordable(Set<Responsible> everywhere, Map<Responsible, Set<String>> atSchools) {

    public boolean isEmpty() {
        return everywhere.isEmpty() && atSchools.values().stream().allMatch(Set::isEmpty);
    }
}
