package org.esafety.action;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;

import org.esafety.audit.AuditKind;
import org.esafety.audit.AuditTrail;
import org.esafety.common.Attribution;
import org.esafety.common.InvalidRequestException;
import org.esafety.common.Sha256;
import org.esafety.common.Violation;

/**
 * Completing or declining an action, and correcting a completed one by an addendum: part of the actions ledger.
 * The incident package calls it holding the incident's lock, having checked who may do it, and then brings the
 * incident's status in step. What is recorded is never overwritten.
 */
@ApplicationScoped
public class Completions {

    /** Clock skew allowed for "when it really happened" (as for an incident's reportedAt). */
    static final Duration SKEW = Duration.ofMinutes(5);

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

    /**
     * Every problem of the request at once (400); nothing is written. {@code earliest} is when the incident began
     * (nothing about it happened before).
     */
    public void check(CompletionRequest request, Instant earliest) {
        if (request == null) {
            throw new InvalidRequestException("", "the request body is empty");
        }
        List<Violation> violations = new ArrayList<>();
        validator.validate(request).forEach(v -> violations.add(new Violation(v.getPropertyPath().toString(), v.getMessage())));
        if (request.outcomeOrDefault() == CompletionRequest.Outcome.NOT_REQUIRED
                && !Rationale.substantial(request.rationale())) {
            violations.add(new Violation("rationale", Rationale.RULE));
        }
        checkWhen("actedAt", request.actedAt(), earliest, violations);
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
    }

    /** Completes the OPEN action {@code actionId} as {@code by}; 409 when it is not OPEN. */
    public ActionView complete(UUID actionId, CompletionRequest request, Attribution by) {
        RequiredAction action = RequiredAction.findById(actionId);
        RequiredAction.getEntityManager().refresh(action);
        if (action.status != ActionStatus.OPEN) {
            throw new ActionNotOpenException(action.status);
        }
        action.status = request.outcomeOrDefault() == CompletionRequest.Outcome.DONE ? ActionStatus.DONE
                : ActionStatus.NOT_REQUIRED;
        action.outcome = action.status;
        action.completedAt = now();
        action.completedByPrincipal = by.principal();
        action.completedByName = by.name();
        action.completedBy = request.completedBy();
        action.actedAt = micros(request.actedAt());
        action.note = request.note();
        action.rationale = request.rationale();
        action.externalReference = request.externalReference();
        audit.incident(action.incidentId, AuditKind.ACTION_COMPLETED, by.principal(), Map.of(
                "actionId", action.id.toString(), "code", action.code, "outcome", action.status.name(),
                "completedAt", action.completedAt.toString(),
                "actedAt", String.valueOf(action.actedAt),
                "textHash", Sha256.hex(String.valueOf(action.note) + "\n" + action.rationale + "\n"
                        + action.externalReference + "\n" + action.completedBy)));
        return views.of(List.of(action), true).get(0);
    }

    /** Appends an addendum to a completed action (400 on bad input; 409 while the action is OPEN or superseded). */
    public ActionView addendum(UUID actionId, AddendumRequest request, Attribution by, Instant earliest) {
        if (request == null) {
            throw new InvalidRequestException("", "the request body is empty");
        }
        List<Violation> violations = new ArrayList<>();
        validator.validate(request).forEach(v -> violations.add(new Violation(v.getPropertyPath().toString(), v.getMessage())));
        checkWhen("actedAt", request.actedAt(), earliest, violations);
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        RequiredAction action = RequiredAction.findById(actionId);
        if (action.status != ActionStatus.DONE && action.status != ActionStatus.NOT_REQUIRED) {
            throw new AddendumNotAllowedException(action.status);
        }
        ActionAddendum a = new ActionAddendum();
        a.id = UUID.randomUUID();
        a.actionId = action.id;
        a.incidentId = action.incidentId;
        a.at = now();
        a.author = by.principal();
        a.authorName = by.name();
        a.text = request.text();
        a.actedAt = micros(request.actedAt());
        a.externalReference = request.externalReference();
        a.persist();
        audit.incident(action.incidentId, AuditKind.ACTION_ADDENDUM, by.principal(), Map.of(
                "actionId", action.id.toString(), "addendumId", a.id.toString(), "at", a.at.toString(),
                "textHash", Sha256.hex(a.text + "\n" + a.actedAt + "\n" + a.externalReference)));
        return views.of(List.of(action), true).get(0);
    }

    /** When something really happened: not in the future, not before the incident began. */
    private void checkWhen(String field, Instant when, Instant earliest, List<Violation> violations) {
        if (when == null) {
            return;
        }
        if (when.isAfter(clock.instant().plus(SKEW))) {
            violations.add(new Violation(field, field + " may not be in the future"));
        } else if (earliest != null && when.isBefore(earliest)) {
            violations.add(new Violation(field, field + " may not be before the incident (" + earliest + ")"));
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static Instant micros(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS);
    }
}
