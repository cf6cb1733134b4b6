package org.esafety.reminder;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.esafety.policy.Responsible;

/**
 * What a notice says: codes, titles, roles, the deadline and a link to the incident's page. Never an
 * incident's summary, names, party references, URL or external reference (README "Reminders").
 */
record Notice(UUID notificationId, NotificationKind kind, int step, String schoolId, Responsible role,
              UUID incidentId, String incidentLink, UUID actionId, String code, String title,
              Responsible responsible, Instant dueAt, ZoneId zone) {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm");

    String subject() {
        return "[e-safety] " + headline() + ": " + code + " due " + LOCAL.format(dueAt.atZone(zone));
    }

    String headline() {
        return switch (kind) {
            case REMINDER -> "Reminder";
            case OVERDUE -> "Overdue";
            case ESCALATION -> "Escalation " + step;
        };
    }

    String text() {
        String why = switch (kind) {
            case REMINDER -> "This action is due soon and is still open.";
            case OVERDUE -> "This action is overdue and is still open.";
            case ESCALATION -> "This action, for " + responsible + ", is overdue and still open: it is escalated to you ("
                    + role + "), step " + step + " of the escalation path.";
        };
        return why + "\n\n"
                + "Action:      " + code + " - " + title + "\n"
                + "Responsible: " + responsible + "\n"
                + "Due:         " + LOCAL.format(dueAt.atZone(zone)) + " (" + zone + "), " + dueAt + "\n"
                + "School:      " + schoolId + "\n"
                + "Incident:    " + incidentLink + "\n\n"
                + "Open the incident page to see the case and complete the action.\n";
    }

    /** The webhook's JSON body. */
    Map<String, Object> json() {
        Map<String, Object> action = new LinkedHashMap<>();
        action.put("id", actionId);
        action.put("code", code);
        action.put("title", title);
        action.put("responsible", responsible);
        action.put("dueAt", dueAt.toString());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("notificationId", notificationId);
        body.put("kind", kind);
        body.put("step", step);
        body.put("schoolId", schoolId);
        body.put("role", role);
        body.put("incidentId", incidentId);
        body.put("incidentLink", incidentLink);
        body.put("action", action);
        return body;
    }
}
