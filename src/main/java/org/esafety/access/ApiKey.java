package org.esafety.access;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A machine client's credential: only the SHA-256 of the key is kept. */
@Entity
public class ApiKey extends PanacheEntityBase {

    @Id
    public UUID id;
    public String name;
    public String keyHash;
    public String role;
    public String schoolIds;
    public Instant createdAt;
    public String createdBy;
    public Instant revokedAt;

    public static Optional<ApiKey> findActiveByHash(String keyHash) {
        return find("keyHash = ?1 and revokedAt is null", keyHash).firstResultOptional();
    }

    public Set<String> schools() {
        return SchoolIds.parse(schoolIds);
    }

    /** Whether this principal is bound to {@code schoolId}. */
    public boolean boundTo(String schoolId) {
        return SchoolIds.holds(schoolIds, schoolId);
    }

    /** The principal id of requests made with this key. */
    public String principalId() {
        return "key:" + id;
    }
}
