package org.esafety.access;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The form login's session cookie holds a session ticket ({@link SessionTicket}); {@link Sessions} refuses it once
 * older than the absolute lifetime or revoked, and gives the user's current role and schools, read through a
 * cache of a few seconds (README "Security").
 */
@ApplicationScoped
public class SessionIdentityProvider implements IdentityProvider<TrustedAuthenticationRequest> {

    private final Sessions sessions;

    public SessionIdentityProvider(Sessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public Class<TrustedAuthenticationRequest> getRequestType() {
        return TrustedAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TrustedAuthenticationRequest request, AuthenticationRequestContext context) {
        return context.runBlocking(() -> sessions.restore(request.getPrincipal())
                .orElseThrow(() -> new AuthenticationFailedException("the session has ended")));
    }
}
