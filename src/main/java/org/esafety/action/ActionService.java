package org.esafety.action;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import org.esafety.rules.RuleSetHolder;
import org.esafety.access.Caller;
import org.esafety.common.InvalidRequestException;
import org.esafety.common.Violation;
import org.esafety.audit.AuditKind;
import org.esafety.audit.AuditTrail;
import org.esafety.common.Sha256;
import org.esafety.incident.Incident;
import org.esafety.incident.IncidentClosedException;
import org.esafety.incident.IncidentStatus;
import org.esafety.reminder.Notification;

/** Completing or declining an action, and keeping the incident's status in step. */
@ApplicationScoped
public class ActionService {

    private final Validator validator;
    private final RuleSetHolder rules;
    private final AuditTrail audit;
    private final Clock clock;

    private final Caller caller;

    public ActionService(Validator validator, RuleSetHolder rules, AuditTrail audit, Clock clock,
                         Caller caller) {
        this.caller = caller;
        this.validator = validator;
        this.rules = rules;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public ActionView complete(UUID actionId, CompletionRequest request) {
        check(request);
        RequiredAction action = RequiredAction.<RequiredAction>findByIdOptional(actionId)
                .orElseThrow(() -> new ActionNotFoundException(actionId));
        if (!caller.boundTo(action.schoolId)) {
            // Another school's action: as if it did not exist.
            throw new ActionNotFoundException(actionId);
        }
        // Changes to one incident queue behind a row lock on it (and bump its version), so two people
        // completing actions of one incident at once both succeed, one after the other.
        Incident incident = Incident.getEntityManager().find(Incident.class, action.incidentId,
                LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        RequiredAction.getEntityManager().refresh(action);
        if (incident.status == IncidentStatus.CLOSED) {
            throw new IncidentClosedException(incident.id);
        }
        if (action.status != ActionStatus.OPEN) {
            throw new ActionNotOpenException(action.status);
        }
        action.status = request.outcomeOrDefault() == CompletionRequest.Outcome.DONE ? ActionStatus.DONE
                : ActionStatus.NOT_REQUIRED;
        action.outcome = action.status;
        action.completedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        action.completedBy = request.completedBy();
        action.note = request.note();
        action.rationale = request.rationale();
        action.externalReference = request.externalReference();
        incident.status = statusAfterChange(incident.id);
        audit.incident(incident.id, AuditKind.ACTION_COMPLETED, caller.principalId(), Map.of(
                "actionId", action.id.toString(), "code", action.code, "outcome", action.status.name(),
                "completedAt", action.completedAt.toString(),
                "textHash", Sha256.hex(String.valueOf(action.note) + "\n"
                        + action.rationale + "\n" + action.externalReference)));
        return ActionView.of(action, rules.current().catalogue(), clock.instant(), true,
                Notification.viewsFor(List.of(action.id)).getOrDefault(action.id, List.of()));
    }

    /** OPEN while any action is OPEN, else ACTIONS_COMPLETE. */
    public static IncidentStatus statusAfterChange(UUID incidentId) {
        RequiredAction.getEntityManager().flush();
        long open = RequiredAction.count("incidentId = ?1 and status = ?2", incidentId, ActionStatus.OPEN);
        return open > 0 ? IncidentStatus.OPEN : IncidentStatus.ACTIONS_COMPLETE;
    }

    private void check(CompletionRequest request) {
        if (request == null) {
            throw new InvalidRequestException("", "the request body is empty");
        }
        List<Violation> violations = new ArrayList<>();
        validator.validate(request).forEach(v -> violations.add(new Violation(v.getPropertyPath().toString(), v.getMessage())));
        if (request.outcomeOrDefault() == CompletionRequest.Outcome.NOT_REQUIRED
                && (request.rationale() == null || request.rationale().isBlank())) {
            violations.add(new Violation("rationale", "a decision not to act needs its rationale"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
    }
}
