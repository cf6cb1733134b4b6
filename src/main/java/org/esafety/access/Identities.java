package org.esafety.access;

import java.util.Set;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;

import org.esafety.policy.Responsible;

/** Builds the identities of the embedded credential stores: a principal id, one role, its schools, a name, a position. */
final class Identities {

    private Identities() {
    }

    static SecurityIdentity of(String principalId, String role, Set<String> schools, String name,
                               Responsible position) {
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(principalId))
                .addRole(role)
                .addAttribute(Caller.SCHOOLS, Set.copyOf(schools))
                .addAttribute(Caller.NAME, name == null || name.isBlank() ? principalId : name);
        if (position != null) {
            builder.addAttribute(Caller.POSITION, position);
        }
        return builder.build();
    }

    /**
     * A staff session's identity: the principal's name is the session ticket (what the cookie keeps), the principal
     * id the services see ({@link Caller#principalId()}) is the user's.
     */
    static SecurityIdentity session(String ticket, UserState user) {
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(ticket))
                .addRole(user.role())
                .addAttribute(OidcClaims.PRINCIPAL, UserAccount.principalId(user.username()))
                .addAttribute(Caller.SCHOOLS, Set.copyOf(user.schools()))
                .addAttribute(Caller.NAME, user.displayName());
        if (user.position() != null) {
            builder.addAttribute(Caller.POSITION, user.position());
        }
        return builder.build();
    }
}
