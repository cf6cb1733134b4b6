package org.esafety.flowchart;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/** Where the description of the incident-handling flowchart is. */
@ConfigMapping(prefix = "esafety.flowchart")
public interface FlowchartConfig {

    /**
     * The flowchart's YAML description; absent, {@code flowchart.yaml} in the rules folder
     * ({@code esafety.rules.dir}), so that it travels with the rules it names.
     */
    Optional<String> file();
}
