package org.esafety.reminder;

import java.util.Optional;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;

import org.esafety.school.School;
import org.esafety.school.SchoolRegistry;

/**
 * The key each school's webhooks are signed with: the school's own, else the common one. A school with a
 * webhook URL and no key stops the service at start-up: an unsigned or unsent safeguarding notice is worse.
 */
@Startup
@ApplicationScoped
class WebhookSecrets {

    private final RemindersConfig.Webhook config;

    WebhookSecrets(RemindersConfig config, SchoolRegistry schools) {
        this.config = config.webhook();
        for (School school : schools.all()) {
            boolean hooks = school.roleInboxes().values().stream()
                    .anyMatch(i -> i != null && i.webhookUrl() != null && !i.webhookUrl().isBlank());
            if (hooks && secret(school.id()).isEmpty()) {
                throw new IllegalStateException("school profile " + school.id() + " has a webhook URL but no secret:"
                        + " set esafety.reminders.webhook.secret or esafety.reminders.webhook.school-secrets.\""
                        + school.id() + "\"");
            }
        }
    }

    Optional<String> secret(String schoolId) {
        return Optional.ofNullable(config.schoolSecrets().get(schoolId)).or(config::secret).filter(s -> !s.isBlank());
    }
}
