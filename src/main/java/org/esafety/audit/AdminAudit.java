package org.esafety.audit;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.esafety.access.AdminJournal;

/** Administrators' changes to users and API keys, in the admin chain of the trail. */
@ApplicationScoped
public class AdminAudit implements AdminJournal {

    private final AuditTrail trail;

    public AdminAudit(AuditTrail trail) {
        this.trail = trail;
    }

    @Override
    public void record(Act act, String actor, String subject, Map<String, Object> change) {
        trail.admin(AuditKind.valueOf(act.name()), actor, subject, change);
    }
}
