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
 * incident's summary, names, party references, URL or external reference (README "Reminders"). An urgent alert's
 * notice says which alert, from which product, at which level, and links to the tray: never the alert's text or names.
 */
record Notice(UUID notificationId, NotificationKind kind, int step, String schoolId, Responsible role,
              UUID incidentId, String reference, String incidentLink, UUID actionId, String code, String title,
              String whatToDo, Responsible responsible, Instant dueAt, ZoneId zone, AlertRef alert) {

    /** The alert an URGENT_ALERT notice is about: its id, the product, the level (1 to 5, and as the product sent it). */
    record AlertRef(UUID id, String vendor, int level, String vendorLevel, String link) {
    }

    Notice(UUID notificationId, NotificationKind kind, int step, String schoolId, Responsible role, UUID incidentId,
           String reference, String incidentLink, UUID actionId, String code, String title, String whatToDo,
           Responsible responsible, Instant dueAt, ZoneId zone) {
        this(notificationId, kind, step, schoolId, role, incidentId, reference, incidentLink, actionId, code, title,
                whatToDo, responsible, dueAt, zone, null);
    }

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm");

    String subject() {
        if (kind == NotificationKind.URGENT_ALERT) {
            return "[e-safety] Urgent alert: level " + alert.level() + " from " + alert.vendor() + ", received "
                    + LOCAL.format(dueAt.atZone(zone));
        }
        if (kind == NotificationKind.NEW_INCIDENT) {
            return "[e-safety] New incident " + (reference == null ? "" : reference + " ") + "reported "
                    + LOCAL.format(dueAt.atZone(zone));
        }
        return "[e-safety] " + headline() + ": " + code + " due " + LOCAL.format(dueAt.atZone(zone))
                + (reference == null ? "" : " (" + reference + ")");
    }

    String headline() {
        return switch (kind) {
            case NEW_INCIDENT -> "New incident";
            case URGENT_ALERT -> "Urgent alert";
            case REMINDER -> "Reminder";
            case OVERDUE -> "Overdue";
            case ESCALATION -> "Escalation " + step;
            case EVENT -> "Event"; // events are CloudEvents, never notices
        };
    }

    String text() {
        if (kind == NotificationKind.URGENT_ALERT) {
            return "A monitoring product raised an alert at its highest level and you (" + role + ") are told at once.\n\n"
                    + "Alert:       " + alert.id() + "\n"
                    + "From:        " + alert.vendor() + ", level " + alert.level() + " (" + alert.vendorLevel() + ")\n"
                    + "Received:    " + LOCAL.format(dueAt.atZone(zone)) + " (" + zone + ")\n"
                    + "School:      " + schoolId + "\n"
                    + "Tray:        " + alert.link() + "\n\n" + whatToDo + "\n";
        }
        if (kind == NotificationKind.NEW_INCIDENT) {
            return "A new incident was reported and you (" + role + ") are told at once.\n\n"
                    + "Reference:   " + reference + "\n"
                    + "What:        " + title + "\n"
                    + "Reported:    " + LOCAL.format(dueAt.atZone(zone)) + " (" + zone + ")\n"
                    + "School:      " + schoolId + "\n"
                    + "Incident:    " + incidentLink + "\n\n" + whatToDo + "\n";
        }
        String why = switch (kind) {
            case NEW_INCIDENT, URGENT_ALERT, EVENT -> "";
            case REMINDER -> "This action is due soon and is still open.";
            case OVERDUE -> "This action is overdue and is still open.";
            case ESCALATION -> "This action, for " + responsible + ", is overdue and still open: it is escalated to you ("
                    + role + "), step " + step + " of the escalation path.";
        };
        return why + "\n\n"
                + "Reference:   " + reference + "\n"
                + "Action:      " + code + " - " + title + "\n"
                + (whatToDo == null ? "" : "What to do:  " + whatToDo + "\n")
                + "Responsible: " + responsible + "\n"
                + "Due:         " + LOCAL.format(dueAt.atZone(zone)) + " (" + zone + "), " + dueAt + "\n"
                + "School:      " + schoolId + "\n"
                + "Incident:    " + incidentLink + "\n\n"
                + "Open the incident page to see the case and complete the action.\n";
    }

    /** The webhook's JSON body. */
    Map<String, Object> json() {
        Map<String, Object> action = null;
        if (actionId != null) {
            action = new LinkedHashMap<>();
            action.put("id", actionId);
            action.put("code", code);
            action.put("title", title);
            action.put("responsible", responsible);
            action.put("dueAt", dueAt.toString());
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("notificationId", notificationId);
        body.put("kind", kind);
        body.put("step", step);
        body.put("schoolId", schoolId);
        body.put("role", role);
        body.put("incidentId", incidentId);
        body.put("reference", reference);
        body.put("incidentLink", incidentLink);
        body.put("action", action);
        if (alert != null) {
            Map<String, Object> about = new LinkedHashMap<>();
            about.put("id", alert.id());
            about.put("vendor", alert.vendor());
            about.put("level", alert.level());
            about.put("vendorLevel", alert.vendorLevel());
            about.put("link", alert.link());
            body.put("alert", about);
        }
        return body;
    }
}
