package org.esafety.access;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.esafety.policy.Responsible;

/** A person who signs in with a password (the embedded default; production signs people in through OIDC). */
@Entity
@Table(name = "app_user")
public class UserAccount extends PanacheEntityBase {

    @Id
    public String username;
    public String passwordHash;
    public String role;
    public String schoolIds;
    /** How records name the person; the user name when not given. */
    public String displayName;
    /** The safeguarding job the person holds at their schools, if any. */
    @Enumerated(EnumType.STRING)
    public Responsible position;
    public Instant createdAt;
    public String createdBy;
    public Instant disabledAt;
    /** Counted up when every session of the user must end (sign-out, new password, disabled): README "Security". */
    public int sessionGeneration;

    public static Optional<UserAccount> findActive(String username) {
        return find("username = ?1 and disabledAt is null", username).firstResultOptional();
    }

    public Set<String> schools() {
        return SchoolIds.parse(schoolIds);
    }

    /** Whether this principal is bound to {@code schoolId}. */
    public boolean boundTo(String schoolId) {
        return SchoolIds.holds(schoolIds, schoolId);
    }

    public static String principalId(String username) {
        return "user:" + username;
    }
}
