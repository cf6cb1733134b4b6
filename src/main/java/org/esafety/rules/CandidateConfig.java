package org.esafety.rules;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where the candidate rule folder is (beside {@link RulesConfig}, whose one key keeps it a functional interface). */
@ConfigMapping(prefix = "esafety.rules")
public interface CandidateConfig {

    /**
     * A second folder of the same shape, never loaded into force: the candidate an impact report compares with the
     * rules in force (README "Impact of a rule change"). Rule text reaches the server only as files here, never over
     * HTTP, because a rule's consequence can run any Java.
     */
    @WithDefault("rules-candidate")
    String candidateDir();
}
