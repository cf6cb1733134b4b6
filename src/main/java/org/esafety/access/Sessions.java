package org.esafety.access;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.quarkus.logging.Log;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

/**
 * Staff sessions: each request's session cookie is checked against an absolute lifetime (8 hours from signing in,
 * {@code esafety.session.absolute-lifetime}) and against its user's current session generation, which sign-out,
 * a new password and disabling count up. The user's state comes from a bounded cache
 * ({@code esafety.session.check-cache-size} users, each kept {@code esafety.session.check-ttl}), so a busy page
 * costs one database read per user per few seconds, not one per request; a revocation is seen at once by the
 * instance that made it and within the TTL by the others.
 */
@ApplicationScoped
public class Sessions {

    private final CredentialStore store;
    private final Clock clock;
    private final Duration lifetime;
    private final Cache<String, Optional<UserState>> states;
    private final TransactionSynchronizationRegistry transactions;

    public Sessions(CredentialStore store, Clock clock, SessionConfig config,
                    TransactionSynchronizationRegistry transactions) {
        this.store = store;
        this.transactions = transactions;
        this.clock = clock;
        this.lifetime = config.absoluteLifetime();
        this.states = Caffeine.newBuilder().maximumSize(config.checkCacheSize())
                .expireAfterWrite(config.checkTtl()).build();
    }

    /** The identity of a restored session cookie, or empty when it has expired or was revoked. */
    Optional<SecurityIdentity> restore(String principalName) {
        Optional<SessionTicket> ticket = SessionTicket.parse(principalName);
        if (ticket.isEmpty()) {
            return Optional.empty();
        }
        SessionTicket t = ticket.get();
        long now = clock.millis();
        if (now - t.issuedAtMillis() >= lifetime.toMillis()) {
            Log.debugf("Session of user:%s refused: older than %s", t.username(), lifetime);
            return Optional.empty();
        }
        return state(t.username()).filter(s -> s.generation() == t.generation())
                .map(s -> Identities.session(t.encode(), s));
    }

    /** A new session's identity for a user who has just given the right password. */
    SecurityIdentity open(UserState user) {
        return Identities.session(new SessionTicket(user.username(), user.generation(), clock.millis()).encode(), user);
    }

    /** Ends every session of a user now (sign-out, a new password, disabling); nothing for other principals. */
    @Transactional
    public void revoke(String principalId, String why) {
        if (principalId == null || !principalId.startsWith("user:")) {
            return;
        }
        String username = principalId.substring("user:".length());
        UserAccount.<UserAccount>findByIdOptional(username).ifPresent(u -> {
            u.sessionGeneration++;
            Log.infof("Sessions of %s ended: %s", principalId, why);
        });
        states.invalidate(username);
        // Once more after the commit: a request that read the old generation between the invalidation above and
        // the commit would otherwise keep it cached for the TTL.
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                states.invalidate(username);
            }
        });
    }

    /** Forgets what this instance knows of a user (after a change of role, schools or state). */
    void forget(String username) {
        states.invalidate(username);
    }

    private Optional<UserState> state(String username) {
        return states.get(username, store::userState);
    }
}
