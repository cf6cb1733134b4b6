package org.esafety.reminder;

/** One notice in the life of an overdue action: the reminder, the overdue notice, or escalation {@code step}. */
public record Stage(NotificationKind kind, int step) {

    /** Its place on the escalation path: 0 (the responsible role) for the reminder and the overdue notice. */
    int pathIndex() {
        return kind == NotificationKind.ESCALATION ? step : 0;
    }
}
