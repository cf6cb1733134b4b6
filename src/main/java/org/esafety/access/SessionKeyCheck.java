package org.esafety.access;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses to start with a session key anyone could know: missing, shorter than 32 characters, or a placeholder
 * from documentation (whoever knows the key can forge a session cookie for any user). The message names the
 * variable to set, never the key.
 */
@ApplicationScoped
public class SessionKeyCheck {

    static final int MIN_LENGTH = 32;
    /** Placeholders shipped in earlier compose files and examples: a key containing one of these is refused. */
    private static final List<String> PLACEHOLDERS = List.of("change-me", "changeme", "change_me", "replace-me",
            "your-key", "secret-key-here", "random-characters");

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
        String k = key.get().strip();
        if (k.length() < MIN_LENGTH) {
            return Optional.of("the session encryption key has fewer than " + MIN_LENGTH + " characters");
        }
        String lower = k.toLowerCase(Locale.ROOT);
        if (PLACEHOLDERS.stream().anyMatch(lower::contains)) {
            return Optional.of("the session encryption key is a published placeholder");
        }
        if (k.chars().distinct().count() < 8) {
            return Optional.of("the session encryption key repeats too few characters to be random");
        }
        return Optional.empty();
    }
}
