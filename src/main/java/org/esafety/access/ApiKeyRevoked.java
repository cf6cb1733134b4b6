package org.esafety.access;

/**
 * Fired when an API key is revoked (also on a repeat), inside the revoking transaction: {@link ApiKeyIdentities}
 * observes it once that transaction has committed and forgets the key. Carries the key's SHA-256, never the key.
 */
record ApiKeyRevoked(String keyHash) {
}
