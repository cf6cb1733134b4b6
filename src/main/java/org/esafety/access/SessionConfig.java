package org.esafety.access;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Staff sessions of the login form (README "Security"). */
@ConfigMapping(prefix = "esafety.session")
public interface SessionConfig {

    /** How long a session lasts after signing in, however busy (the idle limit is quarkus.http.auth.form.timeout). */
    @WithDefault("PT8H")
    Duration absoluteLifetime();

    /**
     * How long an instance trusts what it last read of a user (role, schools, session generation, disabled) before
     * reading it again: a revocation on another instance takes effect within this time, on the same one at once.
     */
    @WithDefault("PT5S")
    Duration checkTtl();

    /** At most this many users' states are kept in memory per instance (the least recently used go first). */
    @WithDefault("10000")
    int checkCacheSize();
}
