package org.esafety.incident;

import java.util.UUID;

import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;

import org.esafety.access.Caller;

/**
 * Which incidents the caller may see and change (the access issue's tenancy): another school's incident, or
 * another reporter's, answers 404 so that its existence is never revealed; reporting for a known school the
 * caller is not bound to answers 403; auditors see incidents without personal data.
 */
@ApplicationScoped
public class IncidentAccess {

    private final Caller caller;

    public IncidentAccess(Caller caller) {
        this.caller = caller;
    }

    /** The incident, if it exists and the caller may read it. */
    Incident readable(UUID id) {
        Incident incident = Incident.<Incident>findByIdOptional(id).orElseThrow(() -> new IncidentNotFoundException(id));
        if (!mayRead(incident)) {
            throw new IncidentNotFoundException(id);
        }
        return incident;
    }

    boolean mayRead(Incident incident) {
        return caller.mayRead(incident.schoolId, incident.submittedBy);
    }

    /** Changes (reassessment, closure, completion) need the role, checked on the resource, and the school. */
    boolean mayChange(String schoolId) {
        return caller.boundTo(schoolId);
    }

    void checkMayReport(String schoolId) {
        if (!caller.boundTo(schoolId)) {
            throw new ForbiddenException("not bound to school " + schoolId);
        }
    }

    /** The view as this caller may see it. */
    IncidentView shown(Incident incident, IncidentView view) {
        return caller.seesRedacted(incident.submittedBy) ? view.withoutPersonalData() : view;
    }

    String principalId() {
        return caller.principalId();
    }
}
