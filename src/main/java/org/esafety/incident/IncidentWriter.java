package org.esafety.incident;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import org.hibernate.Session;

import org.esafety.action.ActionLedger;
import org.esafety.action.Decision;
import org.esafety.action.RequiredAction;
import org.esafety.audit.AuditKind;
import org.esafety.audit.AuditTrail;
import org.esafety.common.Attribution;
import org.esafety.common.Instants;
import org.esafety.common.RoleList;
import org.esafety.policy.IncidentFacts;
import org.esafety.school.School;

/** Writes a new incident with its parties, evaluation, actions and instructions in one transaction. */
@ApplicationScoped
public class IncidentWriter {

    /**
     * Inserts of one table are sent to the database together (an incident has several parties and actions):
     * one round trip per table instead of one per row. Set here, for intake's own transaction only.
     */
    private static final int JDBC_BATCH = 32;

    private final IncidentViews views;
    private final ActionLedger ledger;
    private final AuditTrail audit;
    private final IncidentAccess access;
    private final References references;
    private final Event<IncidentReported> reported;

    public IncidentWriter(IncidentViews views, ActionLedger ledger, AuditTrail audit, IncidentAccess access,
                          References references, Event<IncidentReported> reported) {
        this.references = references;
        this.reported = reported;
        this.views = views;
        this.ledger = ledger;
        this.audit = audit;
        this.access = access;
    }

    /**
     * Inserts everything or nothing, inside intake's transaction; a second incident under the same key fails on the
     * database's unique key. Nothing is read back: the view, the audit entries' state and the announcements are
     * made from what is written, so the inserts go to the database together at the commit.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public IncidentView insert(IncidentRequest r, School school, Attribution submittedBy, String requestHash, Instant receivedAt, Instant reportedAt,
                               IncidentFacts facts, Decision decision) {
        Incident.getEntityManager().unwrap(Session.class).setJdbcBatchSize(JDBC_BATCH);
        Incident incident = new Incident();
        incident.id = UUID.randomUUID();
        incident.schoolId = r.schoolId();
        incident.reference = references.next(school, reportedAt);
        incident.source = r.source();
        incident.externalRef = r.externalRef();
        incident.requestHash = requestHash;
        incident.submittedBy = submittedBy.principal();
        incident.submittedByName = submittedBy.name();
        incident.subjectRoles = RoleList.format(decision.excludedRoles());
        incident.reportedAt = reportedAt;
        incident.occurredAt = Instants.micros(r.occurredAt());
        incident.receivedAt = receivedAt;
        incident.category = r.category();
        incident.reportedLegality = r.reportedLegality();
        incident.reportedByRole = r.reportedBy() == null ? null : r.reportedBy().role();
        incident.reportedByRef = r.reportedBy() == null ? null : r.reportedBy().ref();
        incident.circumstances = facts.circumstances();
        incident.url = r.url();
        incident.summary = r.summary();
        incident.status = IncidentStatus.OPEN;
        incident.legality = decision.legality();
        incident.ruleSetVersion = decision.ruleSetVersion();
        incident.evaluatedAt = decision.evaluatedAt();
        for (int i = 0; i < r.parties().size(); i++) {
            incident.parties.add(IncidentParty.of(incident, i, r.parties().get(i)));
        }
        incident.persist();
        Evaluation evaluation = Evaluations.record(incident.id, Evaluation.Trigger.INTAKE, reportedAt, facts, decision,
                decision.actions().stream().map(Decision.DecidedAction::code).toList(), List.of(), List.of(),
                new Evaluations.Actor(submittedBy, null));
        List<RequiredAction> actions = ledger.record(incident.id, incident.schoolId, evaluation.id, reportedAt, decision);
        audit.newIncident(incident.id, submittedBy.principal(), AuditedIncidents.recordable(incident, actions),
                new AuditTrail.Change(AuditKind.INCIDENT_RECEIVED, Map.of("requestHash", requestHash)),
                new AuditTrail.Change(AuditKind.INCIDENT_EVALUATED, AuditChanges.evaluation(evaluation, actions)));
        reported.fire(new IncidentReported(incident.id, incident.schoolId, incident.reference, incident.category.name(),
                decision.excludedRoles(), receivedAt));
        return access.shownAsWritten(incident, evaluation, views.created(incident, actions, decision, evaluation));
    }
}
