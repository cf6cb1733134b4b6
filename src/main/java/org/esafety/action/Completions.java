package org.esafety.action;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;

import org.esafety.audit.AuditKind;
import org.esafety.audit.AuditTrail;
import org.esafety.common.InvalidRequestException;
import org.esafety.common.Sha256;
import org.esafety.common.Violation;

/**
 * Completing or declining an action: part of the actions ledger. The incident package calls it holding the
 * incident's lock, having checked that the incident is open, and then brings the incident's status in step.
 */
@ApplicationScoped
public class Completions {

    private final Validator validator;
    private final AuditTrail audit;
    private final ActionViews views;
    private final Clock clock;

    public Completions(Validator validator, AuditTrail audit, ActionViews views, Clock clock) {
        this.validator = validator;
        this.audit = audit;
        this.views = views;
        this.clock = clock;
    }

    /** Every problem of the request at once (400); nothing is written. */
    public void check(CompletionRequest request) {
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

    /** Completes the OPEN action {@code actionId} as {@code actor}; 409 when it is not OPEN. */
    public ActionView complete(UUID actionId, CompletionRequest request, String actor) {
        RequiredAction action = RequiredAction.findById(actionId);
        RequiredAction.getEntityManager().refresh(action);
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
        audit.incident(action.incidentId, AuditKind.ACTION_COMPLETED, actor, Map.of(
                "actionId", action.id.toString(), "code", action.code, "outcome", action.status.name(),
                "completedAt", action.completedAt.toString(),
                "textHash", Sha256.hex(String.valueOf(action.note) + "\n"
                        + action.rationale + "\n" + action.externalReference)));
        return views.of(List.of(action), true).get(0);
    }
}
