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

    /**
     * A second folder of the same shape, never loaded into force: the candidate an impact report compares with the
     * rules in force (README "Impact of a rule change"). Rule text reaches the server only as files here, never over
     * HTTP, because a rule's consequence can run any Java.
     */
    @WithDefault("rules-candidate")
    String candidateDir();
}
