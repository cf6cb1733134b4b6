package org.esafety.access;

import java.util.Optional;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Turns presented credentials into identities, from the api_key and app_user tables. */
@ApplicationScoped
public class CredentialStore {

    private static final String USER_PREFIX = "user:";

    private final PasswordHasher hasher;
    /** Checked when the user does not exist, so that a wrong name costs as long as a wrong password. */
    private final String decoy;

    public CredentialStore(PasswordHasher hasher) {
        this.hasher = hasher;
        this.decoy = hasher.hash("decoy".toCharArray());
    }

    @Transactional
    public Optional<SecurityIdentity> apiKeyIdentity(String keyHash) {
        return ApiKey.findActiveByHash(keyHash).map(k -> Identities.of(k.principalId(), k.role, k.schools(), k.name, null));
    }

    @Transactional
    public Optional<SecurityIdentity> passwordIdentity(String username, char[] password) {
        Optional<UserAccount> user = UserAccount.findActive(username);
        boolean matches = hasher.matches(password, user.map(u -> u.passwordHash).orElse(decoy));
        return user.filter(u -> matches).map(CredentialStore::identity);
    }

    @Transactional
    public Optional<SecurityIdentity> sessionIdentity(String principalName) {
        if (principalName == null || !principalName.startsWith(USER_PREFIX)) {
            return Optional.empty();
        }
        return UserAccount.findActive(principalName.substring(USER_PREFIX.length())).map(CredentialStore::identity);
    }

    private static SecurityIdentity identity(UserAccount user) {
        return Identities.of(UserAccount.principalId(user.username), user.role, user.schools(),
                user.displayName == null ? user.username : user.displayName, user.position);
    }
}
