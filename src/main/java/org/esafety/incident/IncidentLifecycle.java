package org.esafety.incident;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.esafety.action.ActionStatus;
import org.esafety.action.Decision;
import org.esafety.action.DecisionService;
import org.esafety.action.RequiredAction;
import org.esafety.common.InvalidRequestException;
import org.esafety.common.Json;
import org.esafety.audit.AuditKind;
import org.esafety.audit.AuditTrail;
import org.esafety.common.Sha256;
import org.esafety.school.SchoolRegistry;
import org.esafety.common.Instants;
import org.esafety.policy.Circumstances;

/** After the first decision: reassessment with new facts, and closure (decision-table §4, api.md "Changing"). */
@ApplicationScoped
public class IncidentLifecycle {

    /** The body of a closure. */
    public record ClosureRequest(String closedBy, String note) {
    }

    private final ReassessmentParser parser;
    private final SchoolRegistry schools;
    private final DecisionService decisions;
    private final Reconciler reconciler;
    private final IncidentViews views;
    private final AuditTrail audit;
    private final Clock clock;
    private final IncidentAccess access;

    public IncidentLifecycle(ReassessmentParser parser, SchoolRegistry schools, DecisionService decisions,
                             Reconciler reconciler, IncidentViews views, AuditTrail audit, Clock clock,
                             IncidentAccess access) {
        this.access = access;
        this.parser = parser;
        this.schools = schools;
        this.decisions = decisions;
        this.reconciler = reconciler;
        this.views = views;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public IncidentView reassess(UUID id, JsonNode body) {
        Reassessment change = parser.parse(body);
        Incident incident = lockOpen(id, access);
        Instant now = Instants.micros(clock.instant());
        FactsUpdate.apply(incident, change, now);
        var facts = FactsMapper.fromIncident(incident, Json.read(incident.circumstances, Circumstances.class),
                incident.parties);
        var decision = afterPrevious(incident.id,
                decisions.decide(facts, schools.find(incident.schoolId).orElseThrow(), now));
        var evaluation = reconciler.apply(incident, facts, decision, now);
        audit.incident(incident.id, AuditKind.INCIDENT_REASSESSED, access.principalId(),
                Map.of("evaluationId", evaluation.id.toString(), "factsHash", Sha256.hex(evaluation.facts)));
        audit.incident(incident.id, AuditKind.INCIDENT_EVALUATED, access.principalId(),
                AuditChanges.evaluation(evaluation, RequiredAction.forIncident(incident.id)));
        return views.view(incident);
    }

    @Transactional
    public IncidentView close(UUID id, ClosureRequest request) {
        if (request != null && request.closedBy() != null && request.closedBy().length() > 100) {
            throw new InvalidRequestException("closedBy", "closedBy is at most 100 characters");
        }
        if (request != null && request.note() != null && request.note().length() > 4000) {
            throw new InvalidRequestException("note", "note is at most 4000 characters");
        }
        Incident incident = lockOpen(id, access);
        long open = RequiredAction.count("incidentId = ?1 and status = ?2", id, ActionStatus.OPEN);
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

    /**
     * Each evaluation of an incident is stamped later than the one before, even when the clock has not moved
     * on (or runs behind another instance's), so that "oldest first" and "the latest evaluation" (whose
     * legality and instructions the view shows) never depend on a tie broken by random ids.
     */
    private static Decision afterPrevious(UUID incidentId, Decision d) {
        Instant previous = Evaluation.latest(incidentId).map(e -> e.evaluatedAt).orElse(null);
        if (previous == null || d.evaluatedAt().isAfter(previous)) {
            return d;
        }
        return new Decision(d.ruleSetVersion(), d.legality(), previous.plus(1, ChronoUnit.MICROS), d.firedRules(),
                d.actions(), d.instructions());
    }

    /** The incident, locked against concurrent change, if it is not closed. */
    private static Incident lockOpen(UUID id, IncidentAccess access) {
        // Changes to one incident queue behind a row lock on it (and bump its version).
        Incident incident = Incident.getEntityManager().find(Incident.class, id, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        if (incident == null) {
            throw new IncidentNotFoundException(id);
        }
        access.checkMayChange(id, incident.schoolId);
        if (incident.status == IncidentStatus.CLOSED) {
            throw new IncidentClosedException(id);
        }
        return incident;
    }
}
