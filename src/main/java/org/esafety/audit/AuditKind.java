package org.esafety.audit;

/** What an audit entry records. */
public enum AuditKind {
    INCIDENT_RECEIVED, INCIDENT_EVALUATED(true), ACTION_COMPLETED(true), INCIDENT_REASSESSED, INCIDENT_CLOSED(true),
    RULE_SET_LOADED,
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
    /** A chain of legacy (plain SHA-256) entries closed with a keyed entry when the trail became keyed (V22). */
    CHAIN_SEALED(true),
    /** Administrators' changes (the admin chain): users and API keys. */
    USER_CREATED, USER_CHANGED, USER_PASSWORD_RESET, USER_DISABLED, API_KEY_ISSUED, API_KEY_REVOKED,
    /** A school's webhook endpoint for events registered or disabled (the admin chain). */
    WEBHOOK_REGISTERED, WEBHOOK_DISABLED,
    /** A monitoring alert of the triage tray became an incident (issue 19): on the alert's chain. */
    ALERT_PROMOTED,
    /** A monitoring alert was dismissed with a reason: on the alert's chain. */
    ALERT_DISMISSED;

    private final boolean recordsState;

    AuditKind() {
        this(false);
    }

    AuditKind(boolean recordsState) {
        this.recordsState = recordsState;
    }

    /** Whether the entry records the incident's state after it: the kinds that change a status, deadline or completion. */
    public boolean recordsState() {
        return recordsState;
    }
}
