package org.esafety.access;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.esafety.policy.Responsible;

/** The request and response bodies of /api/admin. */
public final class AccessRecords {

    private AccessRecords() {
    }

    /** A new API key for a machine client: what it is called, its role and its schools. */
    public record NewApiKey(String name, String role, List<String> schoolIds) {
    }

    /** An API key as listed: never the key or its hash. */
    public record ApiKeyView(UUID id, String name, String role, List<String> schoolIds, Instant createdAt,
                             String createdBy, Instant revokedAt) {
        static ApiKeyView of(ApiKey k) {
            return new ApiKeyView(k.id, k.name, k.role, k.schools().stream().sorted().toList(), k.createdAt,
                    k.createdBy, k.revokedAt);
        }
    }

    /** The answer to creating a key: the only time the key itself is shown. */
    public record IssuedApiKey(UUID id, String name, String role, List<String> schoolIds, Instant createdAt,
                               String createdBy, String key) {
    }

    /**
     * A new person who signs in with a password. {@code displayName} is how records name them ("Mrs Patel, DSL");
     * {@code position} the safeguarding job they hold at their schools (DSL, DEPUTY_DSL, HEADTEACHER…), which keeps
     * them out of a case about themselves.
     */
    public record NewUser(String username, String password, String role, List<String> schoolIds, String displayName,
                          Responsible position) {
    }

    /** A user as listed: never the password hash. */
    public record UserView(String username, String displayName, Responsible position, String role,
                           List<String> schoolIds, Instant createdAt, String createdBy, Instant disabledAt) {
        static UserView of(UserAccount u) {
            return new UserView(u.username, u.displayName, u.position, u.role, u.schools().stream().sorted().toList(),
                    u.createdAt, u.createdBy, u.disabledAt);
        }
    }

    /** A change of a user's school binding, role, password, display name or position; absent fields stay as they are. */
    public record UserChange(String role, List<String> schoolIds, String password, String displayName,
                             Responsible position) {
    }
}
