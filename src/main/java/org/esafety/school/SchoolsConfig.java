package org.esafety.school;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/** Where the school profiles come from. */
@ConfigMapping(prefix = "esafety.schools")
public interface SchoolsConfig {

    /** A YAML file of school profiles; absent, the six profiles shipped with the service are used. */
    Optional<String> file();
}
