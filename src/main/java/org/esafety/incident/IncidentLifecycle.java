package org.esafety.incident;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.esafety.action.ActionLedger;
import org.esafety.action.ActionNotFoundException;
import org.esafety.action.ActionView;
import org.esafety.action.CompletionRequest;
import org.esafety.action.Completions;
import org.esafety.action.DecisionService;
import org.esafety.action.RequiredAction;
import org.esafety.audit.AuditKind;
import org.esafety.audit.AuditTrail;
import org.esafety.common.Instants;
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
    private final Completions completions;
    private final IncidentViews views;
    private final AuditTrail audit;
    private final Clock clock;
    private final IncidentAccess access;

    public IncidentLifecycle(SchoolRegistry schools, DecisionService decisions, ActionLedger ledger,
                             Completions completions, IncidentViews views, AuditTrail audit, Clock clock,
                             IncidentAccess access) {
        this.schools = schools;
        this.decisions = decisions;
        this.ledger = ledger;
        this.completions = completions;
        this.views = views;
        this.audit = audit;
        this.clock = clock;
        this.access = access;
    }

    @Transactional
    public IncidentView reassess(UUID id, Reassessment change) {
        if (!change.violations().isEmpty()) {
            throw new InvalidRequestException(change.violations());
        }
        Incident incident = lockOpen(id);
        Instant now = Instants.micros(clock.instant());
        FactsUpdate.apply(incident, change, now);
        var facts = FactsMapper.fromIncident(incident);
        var decision = Evaluations.afterPrevious(incident.id,
                decisions.decide(facts, schools.find(incident.schoolId).orElseThrow(), now));
        var changes = ledger.plan(incident.id, decision);
        var evaluation = Evaluations.record(incident.id, Evaluation.Trigger.REASSESSMENT, now, facts, decision,
                changes.added(), changes.superseded(), changes.noLongerRequired(),
                new Evaluations.Actor(access.principalId(), access.principalId(), change.reason()));
        ledger.apply(changes, incident.id, incident.schoolId, evaluation.id, now, decision);
        incident.legality = decision.legality();
        incident.ruleSetVersion = decision.ruleSetVersion();
        incident.evaluatedAt = decision.evaluatedAt();
        incident.status = statusFromActions(incident.id);
        audit.incident(incident.id, AuditKind.INCIDENT_REASSESSED, access.principalId(),
                Map.of("evaluationId", evaluation.id.toString(), "factsHash", Sha256.hex(evaluation.facts)));
        audit.incident(incident.id, AuditKind.INCIDENT_EVALUATED, access.principalId(),
                AuditChanges.evaluation(evaluation, RequiredAction.forIncident(incident.id)));
        return views.view(incident);
    }

    /** Completes or declines one action of an open incident the caller may change; the incident's status follows. */
    @Transactional
    public ActionView complete(UUID actionId, CompletionRequest request) {
        completions.check(request);
        var ref = ledger.find(actionId).orElseThrow(() -> new ActionNotFoundException(actionId));
        if (!access.mayChange(ref.schoolId())) {
            // Another school's action: as if it did not exist.
            throw new ActionNotFoundException(actionId);
        }
        Incident incident = lockOpen(ref.incidentId());
        ActionView done = completions.complete(actionId, request, access.principalId());
        incident.status = statusFromActions(incident.id);
        return done;
    }

    @Transactional
    public IncidentView close(UUID id, ClosureRequest request) {
        if (request != null && request.closedBy() != null && request.closedBy().length() > 100) {
            throw new InvalidRequestException("closedBy", "closedBy is at most 100 characters");
        }
        if (request != null && request.note() != null && request.note().length() > 4000) {
            throw new InvalidRequestException("note", "note is at most 4000 characters");
        }
        Incident incident = lockOpen(id);
        long open = ledger.openCount(id);
        if (open > 0) {
            throw new OpenActionsException(open);
        }
        incident.status = IncidentStatus.CLOSED;
        incident.closedAt = Instants.micros(clock.instant());
        incident.closedBy = request == null ? null : request.closedBy();
        incident.closeNote = request == null ? null : request.note();
        audit.incident(incident.id, AuditKind.INCIDENT_CLOSED, access.principalId(),
                Map.of("closedAt", incident.closedAt.toString()));
        return views.view(incident);
    }

    @Transactional
    public List<EvaluationView> evaluations(UUID id) {
        access.readable(id);
        return Evaluation.forIncident(id).stream().map(EvaluationView::of).toList();
    }

    /** OPEN while any action is OPEN, else ACTIONS_COMPLETE. */
    private IncidentStatus statusFromActions(UUID incidentId) {
        return ledger.anyOpen(incidentId) ? IncidentStatus.OPEN : IncidentStatus.ACTIONS_COMPLETE;
    }

    /** The incident, locked against concurrent change (its version bumped), if the caller may change it and it is open. */
    private Incident lockOpen(UUID id) {
        Incident incident = Incident.getEntityManager().find(Incident.class, id, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        if (incident == null || !access.mayChange(incident.schoolId)) {
            throw new IncidentNotFoundException(id);
        }
        if (incident.status == IncidentStatus.CLOSED) {
            throw new IncidentClosedException(id);
        }
        return incident;
    }
}
