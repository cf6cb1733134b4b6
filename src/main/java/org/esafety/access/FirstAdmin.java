package org.esafety.access;

import java.util.Optional;
import java.util.Set;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import org.esafety.common.UniqueViolation;

/**
 * The embedded default's first admin: on a database without users, {@code ESAFETY_BOOTSTRAP_ADMIN_PASSWORD}
 * (config {@code esafety.bootstrap.admin-password}) creates the user {@code admin}, bound to every configured
 * school. Nothing else creates a user without an admin, and no credentials are shipped.
 */
@ApplicationScoped
public class FirstAdmin {

    private final AccessAdmin admin;
    private final SchoolDirectory schools;
    private final Optional<String> password;
    private final String username;

    public FirstAdmin(AccessAdmin admin, SchoolDirectory schools,
                      @ConfigProperty(name = "esafety.bootstrap.admin-password") Optional<String> password,
                      @ConfigProperty(name = "esafety.bootstrap.admin-username", defaultValue = "admin") String username) {
        this.admin = admin;
        this.schools = schools;
        this.password = password;
        this.username = username;
    }

    void onStart(@Observes StartupEvent event) {
        if (password.isEmpty() || password.get().isBlank()) {
            if (admin.noUsers()) {
                Log.warn("No users yet. To create the first admin, start once with ESAFETY_BOOTSTRAP_ADMIN_PASSWORD set "
                        + "(at least " + Grants.MIN_PASSWORD + " characters); see the README, section Access");
            }
            return;
        }
        java.util.Optional<String> weak = PasswordPolicy.problem(password.get(), username);
        if (weak.isPresent()) {
            throw new IllegalStateException("ESAFETY_BOOTSTRAP_ADMIN_PASSWORD: " + weak.get());
        }
        Set<String> all = schools.ids();
        try {
            if (admin.createFirstAdmin(username, password.get().toCharArray(), all)) {
                Log.infof("Created the first admin user:%s from ESAFETY_BOOTSTRAP_ADMIN_PASSWORD; "
                        + "remove the variable now", username);
            }
        } catch (RuntimeException e) {
            if (!UniqueViolation.isCause(e)) {
                throw e;
            }
            // Another instance starting at the same moment created it: nothing to do.
        }
    }
}
