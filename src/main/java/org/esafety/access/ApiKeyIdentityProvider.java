package org.esafety.access;

import java.util.Optional;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import org.esafety.common.Sha256;

/**
 * Checks an API key: one SHA-256, then the identity this instance keeps for the key ({@link ApiKeyIdentities}, a few
 * seconds) or one indexed lookup. Revoked keys fail at once on the revoking instance, within the TTL on others.
 */
@ApplicationScoped
public class ApiKeyIdentityProvider implements IdentityProvider<ApiKeyRequest> {

    private final ApiKeyIdentities keys;

    public ApiKeyIdentityProvider(ApiKeyIdentities keys) {
        this.keys = keys;
    }

    @Override
    public Class<ApiKeyRequest> getRequestType() {
        return ApiKeyRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(ApiKeyRequest request, AuthenticationRequestContext context) {
        String hash = Sha256.hex(request.key());
        Optional<SecurityIdentity> kept = keys.kept(hash);
        if (kept.isPresent()) {
            return Uni.createFrom().item(kept.get());
        }
        return context.runBlocking(() -> keys.load(hash)
                .orElseThrow(() -> new AuthenticationFailedException("unknown or revoked API key")));
    }
}
