package org.esafety.reminder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/**
 * Issue 17, finding 10: role-inbox webhooks are signed with a key of at least 32 bytes, one per school, and go to
 * https only (plain http to loopback alone); anything else stops the start, naming the setting, never the key.
 */
class WebhookSecretsTest {

    private static final String A_KEY = "a-school-key-Vn3Qp8Xz1Lr6Tk0Wy2Mc";
    private static final String B_KEY = "b-school-key-Hs7Dj4Gf9Ke2Pu5Ra1Zo";

    @Test
    void shouldAcceptOwnKeysAndHttpsOrLoopback() {
        assertEquals(List.of(), WebhookSecrets.problems(Map.of("a", List.of("https://cpoms.example.org/hook"),
                "b", List.of("http://127.0.0.1:9000/hook")), Optional.empty(), Map.of("a", A_KEY, "b", B_KEY)));
        assertEquals(List.of(), WebhookSecrets.problems(Map.of("a", List.of("https://cpoms.example.org/hook")),
                Optional.of(A_KEY), Map.of()), "one school alone may use the common key");
    }

    @Test
    void shouldRefuseShortSharedOrCommonKeysAndPlainHttp() {
        List<String> problems = WebhookSecrets.problems(Map.of(
                        "a", List.of("http://cpoms.example.org/hook"),
                        "b", List.of("https://user:pw@cpoms.example.org/hook"),
                        "c", List.of("https://c.example.org/hook"),
                        "d", List.of("https://d.example.org/hook"),
                        "e", List.of("https://e.example.org/hook")),
                Optional.of(A_KEY), Map.of("a", "too-short", "b", B_KEY, "c", B_KEY, "d", "change-me-please-to-32-random-chars!!"));
        String all = String.join("\n", problems);
        assertTrue(all.contains("school a: a webhook URL must be https"), all);
        assertTrue(all.contains("school b: a webhook URL must be https"), "no user information: " + all);
        assertTrue(all.contains("\"a\" has fewer than 32 bytes"), all);
        assertTrue(all.contains("schools b and c share a webhook key"), all);
        assertTrue(all.contains("\"d\" is a published placeholder"), all);
        assertTrue(all.contains("school e signs with the common key"), all);
        assertTrue(problems.stream().noneMatch(p -> p.contains(B_KEY) || p.contains("too-short")), "never a key");
    }
}
