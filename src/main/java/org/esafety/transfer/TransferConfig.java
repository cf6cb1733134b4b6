package org.esafety.transfer;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/** The child's file (README "The child's file"). */
@ConfigMapping(prefix = "esafety.transfer")
public interface TransferConfig {

    /**
     * The secret (at least 32 characters) the archives' signatures are made with (HMAC-SHA256). Unset with the
     * embedded H2 database: a key generated on first export and kept in {@code data/transfer-signing.key} (0600)
     * beside the database. Unset on any other database: exports are refused (409) until one is configured.
     */
    Optional<String> signingKey();
}
