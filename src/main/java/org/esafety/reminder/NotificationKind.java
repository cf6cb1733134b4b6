package org.esafety.reminder;

/**
 * Why a role is told: a new incident was reported (the DSL and the deputy are told at once), an action's deadline is
 * near, it has passed, or the action is escalated up the path; or a monitoring product raised an alert at its highest
 * level (the DSL and the deputy are told at once). EVENT: not a role but a school's webhook endpoint is told, with a
 * CloudEvent (README "Events out (webhooks)").
 */
public enum NotificationKind { NEW_INCIDENT, REMINDER, OVERDUE, ESCALATION, URGENT_ALERT, EVENT }
