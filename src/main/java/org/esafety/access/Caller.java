package org.esafety.access;

import java.util.Optional;
import java.util.Set;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;

import org.esafety.policy.Responsible;

/**
 * Who is calling, as the services need it: a stable principal id, the roles, and the schools the
 * principal is bound to. Every read and change of an incident or action goes through these checks.
 */
@RequestScoped
public class Caller {

    /** The identity attribute holding the principal's school ids (a {@code Set<String>}). */
    public static final String SCHOOLS = "esafety.schools";
    /** The identity attribute holding the principal's display name. */
    public static final String NAME = "esafety.name";
    /** The identity attribute holding the principal's safeguarding position (a {@code Responsible}), if any. */
    public static final String POSITION = "esafety.position";

    private final SecurityIdentity identity;
    private Set<String> schoolIds;

    public Caller(SecurityIdentity identity) {
        this.identity = identity;
    }

    /** "user:…", "key:…" or "oidc:…": recorded as the actor in the audit trail and as an incident's submitter. */
    public String principalId() {
        if (identity.isAnonymous()) {
            return "anonymous";
        }
        Object oidc = identity.getAttribute(OidcClaims.PRINCIPAL);
        return oidc != null ? oidc.toString() : identity.getPrincipal().getName();
    }

    /** How records name the caller: a user's display name, an API key's name, the OIDC {@code name} claim. */
    public String displayName() {
        Object name = identity.isAnonymous() ? null : identity.getAttribute(NAME);
        return name == null ? principalId() : name.toString();
    }

    /** The safeguarding job the caller holds at its schools, if known (DSL, DEPUTY_DSL, HEADTEACHER…). */
    public Optional<Responsible> position() {
        Object position = identity.isAnonymous() ? null : identity.getAttribute(POSITION);
        return position instanceof Responsible r ? Optional.of(r) : Optional.empty();
    }

    public boolean has(String role) {
        return identity.hasRole(role);
    }

    public Set<String> schoolIds() {
        // Asked for every incident of a page: made once a request (a principal may hold hundreds of schools).
        if (schoolIds == null) {
            Object schools = identity.getAttribute(SCHOOLS);
            schoolIds = schools instanceof Set<?> set
                    ? set.stream().map(String::valueOf).collect(java.util.stream.Collectors.toUnmodifiableSet())
                    : Set.of();
        }
        return schoolIds;
    }

    public boolean boundTo(String schoolId) {
        return schoolIds().contains(schoolId);
    }

    /** Whether the caller may read an incident of {@code schoolId} submitted by {@code submittedBy}. */
    public boolean mayRead(String schoolId, String submittedBy) {
        if (!boundTo(schoolId)) {
            return false;
        }
        return has(Roles.DSL) || has(Roles.AUDITOR) || (has(Roles.REPORTER) && principalId().equals(submittedBy));
    }

    /** Whether incidents are shown to this caller without personal data (an auditor who is not also a DSL or the reporter). */
    public boolean seesRedacted(String submittedBy) {
        return !has(Roles.DSL) && !(has(Roles.REPORTER) && principalId().equals(submittedBy));
    }

    /** The submitter an incident list is restricted to, or null: a reporter only ever lists what it reported. */
    public String listRestrictedToSubmitter() {
        return has(Roles.DSL) || has(Roles.AUDITOR) ? null : principalId();
    }
}
