package org.esafety.rules;

import java.util.List;

/** One rule as an auditor sees it: where it is written, and the codes its consequence can produce. */
public record RuleInfo(String id, String name, String file, int line, String source, String description,
                       List<String> actions, List<String> instructions) {
}
