package org.esafety.audit;

/** What an audit entry records. */
public enum AuditKind {
    INCIDENT_RECEIVED, INCIDENT_EVALUATED, ACTION_COMPLETED, INCIDENT_REASSESSED, INCIDENT_CLOSED, RULE_SET_LOADED
}
