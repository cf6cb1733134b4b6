package org.esafety.access;

import java.util.Map;

/**
 * Where administrators' changes to users, API keys and webhook endpoints are recorded, inside the changing transaction: the audit
 * trail's admin chain (a port: the audit package, above access, answers it; docs/architecture.md).
 */
public interface AdminJournal {

    /** What an administrator did. */
    enum Act {
        USER_CREATED, USER_CHANGED, USER_PASSWORD_RESET, USER_DISABLED, API_KEY_ISSUED, API_KEY_REVOKED,
        WEBHOOK_REGISTERED, WEBHOOK_DISABLED
    }

    /**
     * Records that {@code actor} did {@code act} to {@code subject} (a principal id: user:…, key:…; or webhook:<endpoint id>); {@code change}
     * (codes and ids, never a password or a key) is kept as a digest only.
     */
    void record(Act act, String actor, String subject, Map<String, Object> change);
}
