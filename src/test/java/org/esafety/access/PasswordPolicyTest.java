package org.esafety.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Issue 17, finding 10: the password policy, as an attacker guessing the likeliest passwords first would test it. */
class PasswordPolicyTest {

    @Test
    void shouldRefuseTheMostCommonBreachedPasswordsWhateverTheirCaseAndEnds() {
        for (String common : new String[] {"1qaz2wsx3edc", "Q1W2E3R4T5Y6", "password1234567", "!!Password2024!!",
                "qwertyuiop123", "  123qweasdzxc  "}) {
            assertTrue(PasswordPolicy.problem(common, "jo").orElse("").contains("breaches"), common);
        }
    }

    @Test
    void shouldCountOnlyContentOfItsOwn() {
        assertTrue(PasswordPolicy.problem("aaaaaaaaaaaaaaaaaaaaaaaa", "jo").orElse("").contains("characters of its own"),
                "a character repeated is one character");
        assertTrue(PasswordPolicy.problem("jo.smith@schooljo.smith", "jo.smith").isPresent(),
                "the user name is not content");
        assertTrue(PasswordPolicy.problem("   eleven-char   ", "jo").isPresent(), "spaces at the ends do not count");
        assertEquals(Optional.empty(), PasswordPolicy.problem("a-long-enough-password-jo", "jo"));
        assertEquals(Optional.empty(), PasswordPolicy.problem("correct horse battery", "jo"));
        assertEquals(12, PasswordPolicy.content("Tr0ub4dor&3x", "jo"));
    }

    @Test
    void shouldRefuseNothingAndEverythingClearly() {
        assertTrue(PasswordPolicy.problem(null, "jo").orElse("").startsWith("required"));
        assertTrue(PasswordPolicy.problem("x".repeat(1025), "jo").orElse("").startsWith("at most"));
    }
}
