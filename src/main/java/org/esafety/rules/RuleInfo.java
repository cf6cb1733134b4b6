package org.esafety.rules;

import java.util.List;

/** One rule as an auditor sees it, with the codes its consequence can produce. */
public record RuleInfo(String id, String name, String file, String source, String description,
                       List<String> actions, List<String> instructions) {
}
