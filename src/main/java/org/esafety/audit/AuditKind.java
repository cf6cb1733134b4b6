package org.esafety.audit;

/** What an audit entry records. */
public enum AuditKind {
    INCIDENT_RECEIVED, INCIDENT_EVALUATED, ACTION_COMPLETED, INCIDENT_REASSESSED, INCIDENT_CLOSED, RULE_SET_LOADED,
    /** A correction appended to a completed action. */
    ACTION_ADDENDUM,
    /** A case note added to an incident. */
    NOTE_ADDED,
    /** Someone opened an allegation against an adult (KCSIE Part four: every read is recorded). */
    INCIDENT_READ,
    /** The incident went out in a pupil's child-protection file to another school (issue 20). */
    FILE_EXPORTED,
    /** The receiving school confirmed it has the child-protection file the incident went out in. */
    FILE_RECEIVED,
    /** A monitoring alert of the triage tray became an incident (issue 19): on the alert's chain. */
    ALERT_PROMOTED,
    /** A monitoring alert was dismissed with a reason: on the alert's chain. */
    ALERT_DISMISSED
}
