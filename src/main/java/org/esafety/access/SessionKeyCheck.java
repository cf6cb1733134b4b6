package org.esafety.access;

import java.util.Optional;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import org.esafety.common.KeyFile;

/**
 * Refuses to start with a session key anyone could know: missing, shorter than 32 characters, or a placeholder
 * from documentation (whoever knows the key can forge a session cookie for any user). The message names the
 * variable to set, never the key.
 */
@ApplicationScoped
public class SessionKeyCheck {

    static final int MIN_LENGTH = KeyFile.MIN_LENGTH;

    private final Optional<String> key;

    public SessionKeyCheck(@ConfigProperty(name = "quarkus.http.auth.session.encryption-key") Optional<String> key) {
        this.key = key;
    }

    void onStart(@Observes StartupEvent event) {
        problem(key).ifPresent(p -> {
            throw new IllegalStateException("Refusing to start: " + p + ". Set QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY "
                    + "to at least " + MIN_LENGTH + " random characters (e.g. `openssl rand -base64 32`), the same on "
                    + "every instance; see the README, section Security");
        });
    }

    /** Why {@code key} must not be used as the session key, if it must not. */
    static Optional<String> problem(Optional<String> key) {
        if (key.isEmpty() || key.get().isBlank()) {
            return Optional.of("no session encryption key is configured");
        }
        return KeyFile.weakness(key.get()).map(w -> "the session encryption key " + w);
    }
}
