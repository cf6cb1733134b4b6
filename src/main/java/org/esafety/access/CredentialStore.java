package org.esafety.access;

import java.util.Optional;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Turns presented credentials into identities, from the api_key and app_user tables. */
@ApplicationScoped
public class CredentialStore {

    private final PasswordHasher hasher;
    /** Checked when the user does not exist, so that a wrong name costs as long as a wrong password. */
    private final String decoy;

    public CredentialStore(PasswordHasher hasher) {
        this.hasher = hasher;
        this.decoy = hasher.hash("decoy".toCharArray());
    }

    /** An active API key's identity, read from the database (requests go through {@link ApiKeyIdentities}). */
    @Transactional
    public Optional<SecurityIdentity> apiKeyIdentity(String keyHash) {
        return ApiKey.findActiveByHash(keyHash).map(k -> Identities.of(k.principalId(), k.role, k.schools(), k.name, null));
    }

    /** The active user with this password, or empty (as slow for an unknown name as for a wrong password). */
    @Transactional
    public Optional<UserState> passwordUser(String username, char[] password) {
        Optional<UserAccount> user = UserAccount.findActive(username);
        boolean matches = hasher.matches(password, user.map(u -> u.passwordHash).orElse(decoy));
        return user.filter(u -> matches).map(UserState::of);
    }

    /** An active user's current state; empty for an unknown or disabled user. */
    @Transactional
    public Optional<UserState> userState(String username) {
        return UserAccount.findActive(username).map(UserState::of);
    }
}
