package org.esafety.access;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Credentials: password hashing and API keys of machine clients (README "Access"). */
@ConfigMapping(prefix = "esafety.access")
public interface AccessConfig {

    /** PBKDF2 rounds of new password hashes; each hash records its own, so raising this leaves old ones valid. */
    @WithDefault("600000")
    int passwordIterations();

    /**
     * How long an instance trusts an API key it found active before reading it again: a revocation on another
     * instance takes effect within this time, on the same one at once. Zero keeps nothing (every request reads).
     */
    @WithDefault("PT5S")
    Duration apiKeyCacheTtl();

    /** At most this many keys are kept in memory per instance (the least recently used go first). */
    @WithDefault("10000")
    int apiKeyCacheSize();
}
