package org.esafety.access;

import java.util.Set;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityPolicy;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The HTTP permission {@code global-admin} (issue 17, finding 10): the service's own metrics ({@code /q/metrics})
 * count across every school, so only an admin bound to every configured school may read them; an admin of some
 * schools gets 403, like every other role and like a request without credentials.
 */
@ApplicationScoped
public class GlobalAdminPolicy implements HttpSecurityPolicy {

    private final SchoolDirectory schools;

    public GlobalAdminPolicy(SchoolDirectory schools) {
        this.schools = schools;
    }

    @Override
    public Uni<CheckResult> checkPermission(RoutingContext request, Uni<SecurityIdentity> identity,
                                            AuthorizationRequestContext context) {
        return identity.map(id -> global(id) ? CheckResult.PERMIT : CheckResult.DENY);
    }

    @Override
    public String name() {
        return "global-admin";
    }

    private boolean global(SecurityIdentity identity) {
        if (identity.isAnonymous() || !identity.hasRole(Roles.ADMIN)) {
            return false;
        }
        Object bound = identity.getAttribute(Caller.SCHOOLS);
        return bound instanceof Set<?> set && set.stream().map(String::valueOf).toList().containsAll(schools.ids());
    }
}
