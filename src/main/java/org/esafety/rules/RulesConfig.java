package org.esafety.rules;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where the rule files are. */
@ConfigMapping(prefix = "esafety.rules")
public interface RulesConfig {

    /**
     * The flat folder of the rule set, loaded at start-up and on reload: the {@code *.drl} rules, the action
     * catalogue ({@code actions.yaml}), the escalation chain ({@code escalation.yaml}) and the flowchart.
     */
    @WithDefault("rules")
    String dir();
}
