package org.esafety.rules;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where the rule files are. */
@ConfigMapping(prefix = "esafety.rules")
public interface RulesConfig {

    /** The flat folder whose {@code *.drl} files make the rule set, compiled at start-up. */
    @WithDefault("rules")
    String dir();
}
