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
}
