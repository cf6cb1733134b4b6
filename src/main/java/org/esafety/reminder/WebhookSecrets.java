package org.esafety.reminder;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;

import org.esafety.common.KeyFile;
import org.esafety.school.School;
import org.esafety.school.SchoolRegistry;

/**
 * The key each school's role-inbox webhooks are signed with (issue 17, finding 10): every school with a webhook has a
 * key of its own ({@code esafety.reminders.webhook.school-secrets."<school>"}), at least 32 bytes and not a
 * placeholder, shared with no other school — so that one school's receiver can never forge another's notices —
 * and its webhook URLs are {@code https}, except on the loopback interface. The common key
 * ({@code esafety.reminders.webhook.secret}) still signs for a school when it is the only school with webhooks.
 * Anything else stops the service at start-up: an unsigned, forgeable or unsent safeguarding notice is worse.
 */
@Startup
@ApplicationScoped
class WebhookSecrets {

    static final int MIN_BYTES = 32;
    private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost", "[::1]", "::1");

    private final RemindersConfig.Webhook config;

    WebhookSecrets(RemindersConfig config, SchoolRegistry schools) {
        this.config = config.webhook();
        Map<String, List<String>> urls = new HashMap<>();
        for (School school : schools.all()) {
            List<String> hooks = school.roleInboxes().values().stream()
                    .filter(i -> i != null && i.webhookUrl() != null && !i.webhookUrl().isBlank())
                    .map(i -> i.webhookUrl()).toList();
            if (!hooks.isEmpty()) {
                urls.put(school.id(), hooks);
            }
        }
        List<String> problems = problems(urls, this.config.secret(), this.config.schoolSecrets());
        if (!problems.isEmpty()) {
            throw new IllegalStateException("webhook configuration refused: " + String.join("; ", problems));
        }
    }

    Optional<String> secret(String schoolId) {
        return Optional.ofNullable(config.schoolSecrets().get(schoolId)).or(config::secret).filter(s -> !s.isBlank());
    }

    /** What is wrong with the webhooks of these schools (school id → URLs) and these keys; never a key itself. */
    static List<String> problems(Map<String, List<String>> urls, Optional<String> common, Map<String, String> own) {
        List<String> problems = new ArrayList<>();
        Map<String, String> keyOwner = new HashMap<>();
        for (Map.Entry<String, List<String>> school : new java.util.TreeMap<>(urls).entrySet()) {
            String id = school.getKey();
            for (String url : school.getValue()) {
                if (!safe(url)) {
                    problems.add("school " + id + ": a webhook URL must be https (plain http only to the loopback "
                            + "interface), without user information");
                }
            }
            String key = own.get(id);
            String name = "esafety.reminders.webhook.school-secrets.\"" + id + "\"";
            if (key == null || key.isBlank()) {
                if (common.isEmpty() || common.get().isBlank()) {
                    problems.add("school " + id + " has a webhook URL but no key: set " + name);
                    continue;
                }
                if (urls.size() > 1) {
                    problems.add("school " + id + " signs with the common key, which other schools' receivers hold "
                            + "too: set " + name);
                    continue;
                }
                key = common.get();
                name = "esafety.reminders.webhook.secret";
            }
            if (key.getBytes(StandardCharsets.UTF_8).length < MIN_BYTES) {
                problems.add(name + " has fewer than " + MIN_BYTES + " bytes");
            } else {
                Optional<String> weak = KeyFile.weakness(key);
                if (weak.isPresent()) {
                    problems.add(name + " " + weak.get());
                }
            }
            String other = keyOwner.putIfAbsent(key, id);
            if (other != null) {
                problems.add("schools " + other + " and " + id + " share a webhook key: give each its own");
            }
        }
        return problems;
    }

    private static boolean safe(String url) {
        try {
            URI uri = URI.create(url.strip());
            if (uri.getRawUserInfo() != null || uri.getHost() == null) {
                return false;
            }
            return "https".equalsIgnoreCase(uri.getScheme())
                    || ("http".equalsIgnoreCase(uri.getScheme()) && LOOPBACK.contains(uri.getHost().toLowerCase()));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
