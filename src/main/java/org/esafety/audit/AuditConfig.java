package org.esafety.audit;

import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/** The audit trail's key (README "Security"). */
@ConfigMapping(prefix = "esafety.audit")
public interface AuditConfig {

    /**
     * The secret (at least 32 random characters) every new entry's HMAC-SHA256 is made with, kept outside the
     * database. Unset with the embedded H2 database: generated on first start into {@code data/audit.key} (0600)
     * beside it. Unset on any other database: the service does not start.
     */
    Optional<String> key();

    /** Keys used before a rotation: entries made with them still verify. Never used for new entries. */
    Optional<List<String>> previousKeys();
}
