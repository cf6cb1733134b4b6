package org.esafety.access;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import org.esafety.common.Sha256;

/** Checks an API key: one SHA-256 and one indexed lookup, so intake stays fast; revoked keys fail at once. */
@ApplicationScoped
public class ApiKeyIdentityProvider implements IdentityProvider<ApiKeyRequest> {

    private final CredentialStore store;

    public ApiKeyIdentityProvider(CredentialStore store) {
        this.store = store;
    }

    @Override
    public Class<ApiKeyRequest> getRequestType() {
        return ApiKeyRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(ApiKeyRequest request, AuthenticationRequestContext context) {
        String hash = Sha256.hex(request.key());
        return context.runBlocking(() -> store.apiKeyIdentity(hash)
                .orElseThrow(() -> new AuthenticationFailedException("unknown or revoked API key")));
    }
}
