package org.esafety.incident;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import org.esafety.action.ActionLedger;
import org.esafety.action.DecisionService;
import org.esafety.action.RequiredAction;
import org.esafety.audit.AuditKind;
import org.esafety.audit.AuditTrail;
import org.esafety.common.Instants;
import org.esafety.common.RoleList;
import org.esafety.common.InvalidRequestException;
import org.esafety.common.Sha256;
import org.esafety.school.SchoolRegistry;

/**
 * After the first decision: reassessment with new facts, completing actions, and closure (decision-table §4,
 * api.md "Changing"). Every change locks the incident first, so that changes to one incident queue behind each
 * other; the actions ledger changes the actions, and the incident's status follows them here.
 */
@ApplicationScoped
public class IncidentLifecycle {

    /** The body of a closure. */
    public record ClosureRequest(String closedBy, String note) {
    }

    private final SchoolRegistry schools;
    private final DecisionService decisions;
    private final ActionLedger ledger;
    private final IncidentViews views;
    private final AuditTrail audit;
    private final Clock clock;
    private final IncidentAccess access;
    private final IncidentLocks locks;
    private final Event<IncidentReassessed> reassessed;
    private final Event<IncidentClosed> closed;

    public IncidentLifecycle(SchoolRegistry schools, DecisionService decisions, ActionLedger ledger,
                             IncidentViews views, AuditTrail audit, Clock clock, IncidentAccess access,
                             IncidentLocks locks, Event<IncidentReassessed> reassessed, Event<IncidentClosed> closed) {
        this.reassessed = reassessed;
        this.closed = closed;
        this.schools = schools;
        this.decisions = decisions;
        this.ledger = ledger;
        this.views = views;
        this.audit = audit;
        this.clock = clock;
        this.access = access;
        this.locks = locks;
    }

    @Transactional
    public IncidentView reassess(UUID id, Reassessment change) {
        if (!change.violations().isEmpty()) {
            throw new InvalidRequestException(change.violations());
        }
        Incident incident = locks.open(id);
        Instant now = Instants.micros(clock.instant());
        FactsUpdate.apply(incident, change, now);
        var facts = FactsMapper.fromIncident(incident);
        var decision = Evaluations.afterPrevious(incident.id,
                decisions.decide(facts, schools.find(incident.schoolId).orElseThrow(), now));
        var changes = ledger.plan(incident.id, decision);
        var evaluation = Evaluations.record(incident.id, Evaluation.Trigger.REASSESSMENT, now, facts, decision,
                changes.added(), changes.superseded(), changes.noLongerRequired(),
                new Evaluations.Actor(access.actor(change.reassessedBy()), change.reason()));
        ledger.apply(changes, incident.id, incident.schoolId, evaluation.id, now, decision);
        incident.legality = decision.legality();
        incident.ruleSetVersion = decision.ruleSetVersion();
        incident.evaluatedAt = decision.evaluatedAt();
        incident.subjectRoles = RoleList.format(decision.excludedRoles());
        incident.status = ledger.anyOpen(incident.id) ? IncidentStatus.OPEN : IncidentStatus.ACTIONS_COMPLETE;
        audit.incident(incident.id, AuditKind.INCIDENT_REASSESSED, access.principalId(),
                Map.of("evaluationId", evaluation.id.toString(), "factsHash", Sha256.hex(evaluation.facts)));
        audit.incident(incident.id, AuditKind.INCIDENT_EVALUATED, access.principalId(),
                AuditChanges.evaluation(evaluation, RequiredAction.forIncident(incident.id)));
        reassessed.fire(new IncidentReassessed(incident.id, incident.schoolId, evaluation.id, now));
        return access.shownAsWritten(incident, views.view(incident));
    }

    /** Closes an incident with nothing OPEN: who closed it (from the credentials), when, and the note are recorded. */
    @Transactional
    public IncidentView close(UUID id, ClosureRequest request) {
        if (request != null && request.closedBy() != null && request.closedBy().length() > 100) {
            throw new InvalidRequestException("closedBy", "closedBy is at most 100 characters");
        }
        if (request != null && request.note() != null && request.note().length() > 4000) {
            throw new InvalidRequestException("note", "note is at most 4000 characters");
        }
        Incident incident = locks.open(id);
        long open = ledger.openCount(id);
        if (open > 0) {
            throw new OpenActionsException(open);
        }
        var by = access.actor(request == null ? null : request.closedBy());
        incident.status = IncidentStatus.CLOSED;
        incident.closedAt = Instants.micros(clock.instant());
        incident.closedByPrincipal = by.principal();
        incident.closedByName = by.name();
        incident.closedBy = by.onBehalfOf();
        incident.closeNote = request == null ? null : request.note();
        audit.incident(incident.id, AuditKind.INCIDENT_CLOSED, by.principal(),
                Map.of("closedAt", incident.closedAt.toString(), "noteHash", Sha256.hex(String.valueOf(incident.closeNote))));
        closed.fire(new IncidentClosed(incident.id, incident.schoolId, incident.closedAt));
        return access.shownAsWritten(incident, views.view(incident));
    }

    @Transactional
    public List<EvaluationView> evaluations(UUID id) {
        Incident incident = access.readable(id);
        IncidentAccess.Viewer viewer = access.viewer(incident);
        if (viewer == IncidentAccess.Viewer.REPORTER) {
            // The reporter does not read the reassessments and the history of the case it reported.
            throw new IncidentNotFoundException(id);
        }
        access.recordRead(incident, viewer);
        return Evaluation.forIncident(id).stream().map(EvaluationView::of)
                .map(e -> viewer == IncidentAccess.Viewer.AUDITOR ? e.forAuditor() : e).toList();
    }
}
