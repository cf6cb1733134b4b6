package org.esafety.incident;

import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.esafety.school.SchoolRegistry;

/**
 * Every change to an incident begins here: the incident's row is locked (its version bumped), so that changes to
 * one incident queue behind each other, after checking that the caller may change it.
 */
@ApplicationScoped
public class IncidentLocks {

    private final IncidentAccess access;
    private final SchoolRegistry schools;

    public IncidentLocks(IncidentAccess access, SchoolRegistry schools) {
        this.access = access;
        this.schools = schools;
    }

    /** The incident, locked, if the caller may change it and it is not closed (409 when it is). */
    Incident open(UUID id) {
        Incident incident = any(id);
        if (incident.status == IncidentStatus.CLOSED) {
            throw new IncidentClosedException(id);
        }
        return incident;
    }

    /** The incident, locked, if the caller may change it, closed or not (case notes and addenda). */
    Incident any(UUID id) {
        Incident incident = Incident.getEntityManager().find(Incident.class, id, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        if (incident == null || !access.mayChange(incident)) {
            throw new IncidentNotFoundException(id);
        }
        return incident;
    }

    /**
     * The earliest moment anything about the incident can have happened: when it occurred, if known, else the start
     * of the school's day on which it was reported (an action taken at 09:40 and recorded at 09:57 is allowed).
     */
    Instant earliest(Incident incident) {
        if (incident.occurredAt != null) {
            return incident.occurredAt;
        }
        ZoneId zone = schools.find(incident.schoolId).map(s -> s.timeZone()).orElse(ZoneId.of("UTC"));
        return incident.reportedAt.atZone(zone).toLocalDate().atStartOfDay(zone).toInstant();
    }
}
