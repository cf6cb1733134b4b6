package org.esafety.access;

import java.time.Duration;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

/**
 * The identities of API keys by the SHA-256 of the key, kept for {@code esafety.access.api-key-cache-ttl} (at most
 * {@code .api-key-cache-size} keys), so that a client's repeat requests read no database. Only keys found active are
 * kept: an unknown or revoked key is looked up on every request, so a new key works at once. A revocation made on
 * this instance drops its key once the revoking transaction has committed ({@link ApiKeyRevoked}); one made on
 * another instance is seen here when the entry expires, within the TTL. A TTL of zero keeps nothing.
 */
@ApplicationScoped
public class ApiKeyIdentities {

    private final CredentialStore store;
    /** Null when the TTL is zero: every request reads the database. */
    private final Cache<String, SecurityIdentity> identities;

    public ApiKeyIdentities(CredentialStore store, AccessConfig config) {
        this.store = store;
        Duration ttl = config.apiKeyCacheTtl();
        if (ttl.isNegative() || config.apiKeyCacheSize() < 0) {
            throw new IllegalArgumentException(
                    "esafety.access.api-key-cache-ttl and esafety.access.api-key-cache-size must not be negative");
        }
        this.identities = ttl.isZero() ? null
                : Caffeine.newBuilder().maximumSize(config.apiKeyCacheSize()).expireAfterWrite(ttl).build();
    }

    /** The identity kept for this key, if any; never blocks, so a hit needs no worker thread. */
    Optional<SecurityIdentity> kept(String keyHash) {
        return identities == null ? Optional.empty() : Optional.ofNullable(identities.getIfPresent(keyHash));
    }

    /**
     * The identity of an active key, kept or read from the database (blocking). The read runs inside the cache's
     * computation for that key, which its invalidation waits for: a key read as active just before a revocation
     * committed is dropped again by that revocation, never kept after it.
     */
    Optional<SecurityIdentity> load(String keyHash) {
        if (identities == null) {
            return store.apiKeyIdentity(keyHash);
        }
        return Optional.ofNullable(identities.get(keyHash, hash -> store.apiKeyIdentity(hash).orElse(null)));
    }

    /** After the revoking transaction commits, so that no request can read the still-active row and keep it. */
    void forget(@Observes(during = TransactionPhase.AFTER_SUCCESS) ApiKeyRevoked revoked) {
        if (identities != null) {
            identities.invalidate(revoked.keyHash());
        }
    }
}
