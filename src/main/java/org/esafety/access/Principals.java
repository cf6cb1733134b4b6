package org.esafety.access;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.esafety.common.Attribution;
import org.esafety.policy.Responsible;

/**
 * The principals the service knows (users and API keys; people signed in through OIDC are known only to the
 * identity provider): who holds a role at a school, for the access list of a restricted case.
 */
@ApplicationScoped
public class Principals {

    /** Active users and keys with {@code role} bound to {@code schoolId}, except people in the {@code excluded} positions. */
    public List<Attribution> withRoleAt(String role, String schoolId, Set<Responsible> excluded) {
        List<Attribution> found = new ArrayList<>();
        UserAccount.<UserAccount>list("role = ?1 and disabledAt is null", role).stream()
                .filter(u -> u.boundTo(schoolId))
                .filter(u -> u.position == null || !excluded.contains(u.position))
                .forEach(u -> found.add(Attribution.of(UserAccount.principalId(u.username),
                        u.displayName == null ? u.username : u.displayName, null)));
        ApiKey.<ApiKey>list("role = ?1 and revokedAt is null", role).stream()
                .filter(k -> k.boundTo(schoolId))
                .forEach(k -> found.add(Attribution.of(k.principalId(), k.name, null)));
        found.sort(Comparator.comparing(Attribution::principal));
        return found;
    }
}
