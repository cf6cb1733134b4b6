package org.esafety.access;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import org.esafety.access.AccessRecords.ApiKeyView;
import org.esafety.access.AccessRecords.IssuedApiKey;
import org.esafety.access.AccessRecords.NewApiKey;
import org.esafety.access.AccessRecords.NewUser;
import org.esafety.access.AccessRecords.UserChange;
import org.esafety.access.AccessRecords.UserView;
import org.esafety.common.Sha256;

/**
 * Users, API keys and school bindings: what /api/admin does. Secrets are never logged or stored in clear. Every
 * change is recorded in the audit trail's admin chain ({@link AdminJournal}), in the same transaction.
 */
@ApplicationScoped
public class AccessAdmin {

    private static final int KEY_BYTES = 32;

    private final SecureRandom random = new SecureRandom();
    private final Grants grants;
    private final PasswordHasher hasher;
    private final Clock clock;
    private final Sessions sessions;
    private final AdminJournal journal;
    private final Event<ApiKeyRevoked> revocations;

    public AccessAdmin(Grants grants, PasswordHasher hasher, Clock clock, Sessions sessions, AdminJournal journal,
                       Event<ApiKeyRevoked> revocations) {
        this.grants = grants;
        this.hasher = hasher;
        this.clock = clock;
        this.sessions = sessions;
        this.journal = journal;
        this.revocations = revocations;
    }

    @Transactional
    public IssuedApiKey issueKey(NewApiKey body, Caller admin) {
        grants.checkKey(body, admin);
        String key = ApiKeyMechanism.PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret());
        ApiKey k = new ApiKey();
        k.id = UUID.randomUUID();
        k.name = body.name().strip();
        k.keyHash = Sha256.hex(key);
        k.role = body.role();
        k.schoolIds = SchoolIds.format(body.schoolIds());
        k.createdAt = now();
        k.createdBy = admin.principalId();
        k.persist();
        Log.infof("API key %s issued by %s: role %s, %d schools", k.id, k.createdBy, k.role, body.schoolIds().size());
        journal.record(AdminJournal.Act.API_KEY_ISSUED, k.createdBy, k.principalId(),
                Map.of("role", k.role, "schoolIds", k.schoolIds, "keyHash", k.keyHash));
        ApiKeyView v = ApiKeyView.of(k);
        return new IssuedApiKey(v.id(), v.name(), v.role(), v.schoolIds(), v.createdAt(), v.createdBy(), key);
    }

    @Transactional
    public List<ApiKeyView> keys(Caller admin) {
        return ApiKey.<ApiKey>listAll().stream()
                .filter(k -> admin.schoolIds().containsAll(k.schools()))
                .sorted(java.util.Comparator.comparing((ApiKey k) -> k.createdAt).thenComparing(k -> k.id))
                .map(ApiKeyView::of).toList();
    }

    /**
     * Revoking takes effect at once on this instance (its kept identity of the key is dropped once this transaction
     * commits, {@link ApiKeyIdentities}) and within {@code esafety.access.api-key-cache-ttl} on the others.
     * Idempotent; a repeat drops this instance's kept identity again (a key another instance revoked).
     */
    @Transactional
    public ApiKeyView revoke(UUID id, Caller admin) {
        ApiKey k = ApiKey.<ApiKey>findByIdOptional(id).orElseThrow(() -> new AccessNotFoundException("no such API key"));
        grants.checkManages(k.schools(), admin);
        if (k.revokedAt == null) {
            k.revokedAt = now();
            Log.infof("API key %s revoked by %s", k.id, admin.principalId());
            journal.record(AdminJournal.Act.API_KEY_REVOKED, admin.principalId(), k.principalId(),
                    Map.of("revokedAt", k.revokedAt.toString()));
        }
        revocations.fire(new ApiKeyRevoked(k.keyHash));
        return ApiKeyView.of(k);
    }

    @Transactional
    public UserView createUser(NewUser body, Caller admin) {
        grants.checkUser(body, admin);
        if (UserAccount.findByIdOptional(body.username()).isPresent()) {
            throw new UserExistsException();
        }
        UserAccount u = new UserAccount();
        u.username = body.username();
        u.passwordHash = hasher.hash(body.password().toCharArray());
        u.role = body.role();
        u.schoolIds = SchoolIds.format(body.schoolIds());
        u.displayName = body.displayName();
        u.position = body.position();
        u.createdAt = now();
        u.createdBy = admin.principalId();
        u.persist();
        Log.infof("User %s created by %s: role %s", UserAccount.principalId(u.username), u.createdBy, u.role);
        journal.record(AdminJournal.Act.USER_CREATED, u.createdBy, UserAccount.principalId(u.username), granted(u));
        return UserView.of(u);
    }

    @Transactional
    public List<UserView> users(Caller admin) {
        return UserAccount.<UserAccount>listAll().stream()
                .filter(u -> admin.schoolIds().containsAll(u.schools()))
                .sorted(java.util.Comparator.comparing((UserAccount u) -> u.username))
                .map(UserView::of).toList();
    }

    @Transactional
    public UserView change(String username, UserChange body, Caller admin) {
        UserAccount u = user(username, admin);
        grants.checkChange(username, body, admin);
        if (body.role() != null) {
            u.role = body.role();
        }
        if (body.schoolIds() != null) {
            u.schoolIds = SchoolIds.format(body.schoolIds());
        }
        if (body.password() != null) {
            u.passwordHash = hasher.hash(body.password().toCharArray());
        }
        if (body.displayName() != null) {
            u.displayName = body.displayName();
        }
        if (body.position() != null) {
            u.position = body.position();
        }
        Log.infof("User %s changed by %s", UserAccount.principalId(u.username), admin.principalId());
        if (body.role() != null || body.schoolIds() != null || body.displayName() != null || body.position() != null) {
            journal.record(AdminJournal.Act.USER_CHANGED, admin.principalId(), UserAccount.principalId(u.username),
                    granted(u));
        }
        if (body.password() != null) {
            journal.record(AdminJournal.Act.USER_PASSWORD_RESET, admin.principalId(),
                    UserAccount.principalId(u.username), Map.of("passwordHash", u.passwordHash));
        }
        if (body.password() != null) {
            sessions.revoke(UserAccount.principalId(u.username), "new password");
        } else {
            sessions.forget(u.username);
        }
        return UserView.of(u);
    }

    /** Users are disabled, never deleted: the audit trail names them. Idempotent. */
    @Transactional
    public UserView disable(String username, Caller admin) {
        UserAccount u = user(username, admin);
        if (u.disabledAt == null) {
            u.disabledAt = now();
            Log.infof("User %s disabled by %s", UserAccount.principalId(u.username), admin.principalId());
            journal.record(AdminJournal.Act.USER_DISABLED, admin.principalId(), UserAccount.principalId(u.username),
                    Map.of("disabledAt", u.disabledAt.toString()));
        }
        sessions.revoke(UserAccount.principalId(u.username), "disabled");
        return UserView.of(u);
    }

    @Transactional
    public boolean noUsers() {
        return UserAccount.count() == 0;
    }

    /** The first admin of an empty user table, bound to every configured school. False if users exist. */
    @Transactional
    public boolean createFirstAdmin(String username, char[] password, Set<String> allSchools) {
        if (UserAccount.count() > 0) {
            return false;
        }
        UserAccount u = new UserAccount();
        u.username = username;
        u.passwordHash = hasher.hash(password);
        u.role = Roles.ADMIN;
        u.schoolIds = SchoolIds.format(allSchools);
        u.createdAt = now();
        u.createdBy = "system:bootstrap";
        u.persist();
        journal.record(AdminJournal.Act.USER_CREATED, u.createdBy, UserAccount.principalId(u.username), granted(u));
        return true;
    }

    /** What a user was granted, as the trail's digest covers it: role, schools and position (never the password or a name). */
    private static Map<String, Object> granted(UserAccount u) {
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("role", u.role);
        change.put("schoolIds", u.schoolIds);
        change.put("position", String.valueOf(u.position));
        return change;
    }

    private UserAccount user(String username, Caller admin) {
        UserAccount u = UserAccount.<UserAccount>findByIdOptional(username)
                .orElseThrow(() -> new AccessNotFoundException("no such user"));
        grants.checkManages(u.schools(), admin);
        return u;
    }

    private byte[] secret() {
        byte[] bytes = new byte[KEY_BYTES];
        random.nextBytes(bytes);
        return bytes;
    }

    private Instant now() {
        return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }
}
