package org.esafety.access;

import java.util.Set;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;

/** Builds the identities of the embedded credential stores: a principal id, one role, its schools. */
final class Identities {

    private Identities() {
    }

    static SecurityIdentity of(String principalId, String role, Set<String> schools) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(principalId))
                .addRole(role)
                .addAttribute(Caller.SCHOOLS, Set.copyOf(schools))
                .build();
    }
}
