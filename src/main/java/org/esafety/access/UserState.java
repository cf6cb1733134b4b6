package org.esafety.access;

import java.util.Set;

import org.esafety.policy.Responsible;

/** What a request needs to know of an active user: the identity's parts and the generation of its sessions. */
record UserState(String username, String role, Set<String> schools, String displayName, Responsible position,
                 int generation) {

    static UserState of(UserAccount u) {
        return new UserState(u.username, u.role, u.schools(), u.displayName == null ? u.username : u.displayName,
                u.position, u.sessionGeneration);
    }
}
