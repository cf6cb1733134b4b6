package org.esafety.reminder;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import org.esafety.action.RequiredAction;
import org.esafety.alert.Alert;
import org.esafety.incident.Incident;
import org.esafety.rules.ActionCatalogue;
import org.esafety.rules.RuleSetHolder;
import org.esafety.school.School;

/**
 * Builds a notice from the outbox row, its action (or, for an announcement, the incident) and the school, with the
 * incident's readable reference and the link to its page. Ids, codes and the catalogue's wording only.
 */
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
        var entry = rules.current().catalogue().action(a.code);
        return new Notice(n.id, n.kind, n.step, n.schoolId, n.role, a.incidentId, reference(a.incidentId),
                publicUrl + "/incidents/" + a.incidentId, a.id, a.code,
                entry.map(ActionCatalogue.Entry::title).orElse(a.code), entry.map(ActionCatalogue.Entry::text).orElse(null),
                a.responsible, a.dueAt, school.timeZone());
    }

    /** The announcement of a new incident to the DSL or the deputy: what it is about and where to open it. */
    Notice announcement(Notification n, School school) {
        Incident incident = Incident.findById(n.incidentId);
        String category = incident == null ? "" : incident.category.name();
        return new Notice(n.id, n.kind, n.step, n.schoolId, n.role, n.incidentId,
                incident == null ? null : incident.reference, publicUrl + "/incidents/" + n.incidentId, null,
                "NEW_INCIDENT", "A new incident was reported: " + category,
                "Open the incident page now: read the decision and what must be done first.", n.role, n.createdAt,
                school.timeZone());
    }

    /** The announcement of an urgent alert to the DSL or the deputy: which alert, its level, the tray's link. */
    Notice alert(Notification n, School school) {
        Alert alert = Alert.findById(n.alertId);
        String link = publicUrl + "/alerts?school=" + n.schoolId + "#alert-" + n.alertId;
        Notice.AlertRef about = new Notice.AlertRef(n.alertId, alert == null ? "" : alert.vendor.name(),
                alert == null ? 0 : alert.riskLevel, alert == null ? "" : alert.vendorLevel, link);
        return new Notice(n.id, n.kind, n.step, n.schoolId, n.role, null, null, link, null, "URGENT_ALERT",
                "An urgent monitoring alert", "Open the alerts tray now: read the alert, then promote it to an incident "
                + "or dismiss it with a reason.", n.role, n.createdAt, school.timeZone(), about);
    }

    private static String reference(java.util.UUID incidentId) {
        Incident incident = Incident.findById(incidentId);
        return incident == null ? null : incident.reference;
    }
}
