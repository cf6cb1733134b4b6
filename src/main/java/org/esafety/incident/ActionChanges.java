package org.esafety.incident;

import java.util.UUID;

import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import org.esafety.access.Roles;
import org.esafety.action.ActionLedger;
import org.esafety.action.ActionNotFoundException;
import org.esafety.action.ActionRef;
import org.esafety.action.ActionView;
import org.esafety.action.AddendumRequest;
import org.esafety.action.CompletionRequest;
import org.esafety.action.Completions;
import org.esafety.policy.Responsible;

/**
 * Completing an action and correcting a completed one (api.md "Changing", issue 16): each under the incident's lock,
 * attributed to the caller, with the incident's status following. The DSL records any action; the person who
 * reported the incident records its own (REPORTER) actions; declining an emergency action (band 1) needs the DSL.
 */
@ApplicationScoped
public class ActionChanges {

    private static final int EMERGENCY_BAND = 1;

    private final ActionLedger ledger;
    private final Completions completions;
    private final IncidentLocks locks;
    private final IncidentAccess access;
    private final Event<ActionCompleted> completed;

    public ActionChanges(ActionLedger ledger, Completions completions, IncidentLocks locks, IncidentAccess access,
                         Event<ActionCompleted> completed) {
        this.completed = completed;
        this.ledger = ledger;
        this.completions = completions;
        this.locks = locks;
        this.access = access;
    }

    /** Completes or declines one action of an open incident; the incident's status follows. */
    @Transactional
    public ActionView complete(UUID actionId, CompletionRequest request) {
        ActionRef ref = ledger.find(actionId).orElseThrow(() -> new ActionNotFoundException(actionId));
        Incident incident = lock(ref, true);
        completions.check(request, locks.earliest(incident));
        if (!access.hasRole(Roles.DSL) && request.outcomeOrDefault() == CompletionRequest.Outcome.NOT_REQUIRED
                && ref.band() == EMERGENCY_BAND) {
            throw new ForbiddenException("declining an emergency action needs the DSL");
        }
        ActionView done = completions.complete(actionId, request, access.actor(request.completedBy()));
        incident.status = ledger.anyOpen(incident.id) ? IncidentStatus.OPEN : IncidentStatus.ACTIONS_COMPLETE;
        completed.fire(new ActionCompleted(actionId, incident.id, incident.schoolId, done.completedAt()));
        return done;
    }

    /** Appends a correction to a completed action, on an open or a closed incident. */
    @Transactional
    public ActionView addendum(UUID actionId, AddendumRequest request) {
        ActionRef ref = ledger.find(actionId).orElseThrow(() -> new ActionNotFoundException(actionId));
        Incident incident = lock(ref, false);
        return completions.addendum(actionId, request, access.actor(null), locks.earliest(incident));
    }

    /**
     * The action's incident, locked, when the caller may change the action: the DSL any action of its schools'
     * incidents it is not the subject of; a reporter only the REPORTER actions of incidents it reported.
     */
    private Incident lock(ActionRef ref, boolean mustBeOpen) {
        Incident visible = Incident.findById(ref.incidentId());
        boolean dsl = access.hasRole(Roles.DSL) && access.mayChange(visible);
        boolean reporter = access.readsAsReporter(visible) && ref.responsible() == Responsible.REPORTER;
        if (!dsl && !reporter) {
            // Another school's action, or one the caller may not see: as if it did not exist.
            throw new ActionNotFoundException(ref.actionId());
        }
        // Read before the lock only to decide access: let the lock read it afresh, or its version would be stale.
        Incident.getEntityManager().detach(visible);
        Incident incident = dsl ? (mustBeOpen ? locks.open(ref.incidentId()) : locks.any(ref.incidentId()))
                : lockAsReporter(ref.incidentId(), mustBeOpen);
        return incident;
    }

    private static Incident lockAsReporter(UUID incidentId, boolean mustBeOpen) {
        Incident incident = Incident.getEntityManager().find(Incident.class, incidentId,
                jakarta.persistence.LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        if (mustBeOpen && incident.status == IncidentStatus.CLOSED) {
            throw new IncidentClosedException(incidentId);
        }
        return incident;
    }
}
