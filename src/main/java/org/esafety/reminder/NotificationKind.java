package org.esafety.reminder;

/** Why a role is told: the deadline is near, it has passed, or the action is escalated up the path. */
public enum NotificationKind { REMINDER, OVERDUE, ESCALATION }
