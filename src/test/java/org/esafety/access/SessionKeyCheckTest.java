package org.esafety.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

/**
 * Issue 17, finding 1: the compose file's old default key was public, so anyone could forge a session cookie for
 * {@code user:admin}. The service now refuses to start with it, with any key shorter than 32 characters, or none.
 */
class SessionKeyCheckTest {

    private static final String OLD_DEFAULT = "change-me-to-at-least-32-random-characters";

    @Test
    void shouldRefuseToStartWithThePublishedPlaceholderNamingTheVariableNotTheKey() {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> new SessionKeyCheck(Optional.of(OLD_DEFAULT)).onStart(null));
        assertTrue(refused.getMessage().contains("placeholder"), refused.getMessage());
        assertTrue(refused.getMessage().contains("QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY"), refused.getMessage());
        assertFalse(refused.getMessage().contains(OLD_DEFAULT), "the message must not repeat the key");
    }

    @Test
    void shouldRefuseAShortMissingOrMonotonousKey() {
        assertTrue(SessionKeyCheck.problem(Optional.of("0123456789abcdef0123456789abcde")).orElseThrow()
                .contains("fewer than 32"), "31 characters");
        assertTrue(SessionKeyCheck.problem(Optional.empty()).orElseThrow().contains("no session encryption key"));
        assertTrue(SessionKeyCheck.problem(Optional.of(" ")).isPresent());
        assertTrue(SessionKeyCheck.problem(Optional.of("a".repeat(40))).isPresent(), "one character repeated");
        assertTrue(SessionKeyCheck.problem(Optional.of("please-CHANGEME-0123456789abcdefghij")).isPresent());
        assertThrows(IllegalStateException.class, () -> new SessionKeyCheck(Optional.empty()).onStart(null));
    }

    @Test
    void shouldAcceptARandomKeyOf32CharactersOrMore() {
        assertEquals(Optional.empty(), SessionKeyCheck.problem(Optional.of("q3Vx8kLm2Pz7RtY1wN5bC9dF4gH6jK0s")));
        assertEquals(Optional.empty(), SessionKeyCheck.problem(Optional.of("test-session-key-0123456789abcdef")));
        new SessionKeyCheck(Optional.of("Qm9vayBvZiBLZWxscyAtIGEgMzIrIGNoYXIga2V5")).onStart(null);
    }
}
