package org.esafety.reminder;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import org.esafety.action.RequiredAction;
import org.esafety.rules.ActionCatalogue;
import org.esafety.rules.RuleSetHolder;
import org.esafety.school.School;

/** Builds a notice from the outbox row, its action and the school, with the link to the incident's page. */
@ApplicationScoped
class Notices {

    private final RuleSetHolder rules;
    private final String publicUrl;

    Notices(RuleSetHolder rules,
            // Shared with the pages: where people reach the service (no trailing slash needed).
            @ConfigProperty(name = "esafety.public-url", defaultValue = "http://localhost:8080") String publicUrl) {
        this.rules = rules;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    Notice of(Notification n, RequiredAction a, School school) {
        String title = rules.current().catalogue().action(a.code).map(ActionCatalogue.Entry::title).orElse(a.code);
        return new Notice(n.id, n.kind, n.step, n.schoolId, n.role, a.incidentId,
                publicUrl + "/incidents/" + a.incidentId, a.id, a.code, title, a.responsible, a.dueAt, school.timeZone());
    }
}
