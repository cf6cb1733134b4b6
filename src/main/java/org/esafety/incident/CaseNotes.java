package org.esafety.incident;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import org.esafety.audit.AuditKind;
import org.esafety.audit.AuditTrail;
import org.esafety.common.Attribution;
import org.esafety.common.Instants;
import org.esafety.common.InvalidRequestException;
import org.esafety.common.Sha256;
import org.esafety.common.Violation;

/** Case notes: appended to an incident (open or closed) by the DSL, attributed, never changed. */
@ApplicationScoped
public class CaseNotes {

    private final IncidentLocks locks;
    private final IncidentAccess access;
    private final Validator validator;
    private final AuditTrail audit;
    private final Clock clock;

    public CaseNotes(IncidentLocks locks, IncidentAccess access, Validator validator, AuditTrail audit, Clock clock) {
        this.locks = locks;
        this.access = access;
        this.validator = validator;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public CaseNoteView add(UUID incidentId, NoteRequest request) {
        if (request == null) {
            throw new InvalidRequestException("", "a JSON body with kind and text is required");
        }
        List<Violation> violations = new ArrayList<>();
        validator.validate(request).forEach(v -> violations.add(new Violation(v.getPropertyPath().toString(), v.getMessage())));
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        Incident incident = locks.any(incidentId);
        if (request.occurredAt() != null && (request.occurredAt().isAfter(clock.instant().plus(Duration.ofMinutes(5)))
                || request.occurredAt().isBefore(locks.earliest(incident)))) {
            throw new InvalidRequestException("occurredAt", "occurredAt may be neither in the future nor before the incident");
        }
        Attribution by = access.actor(null);
        CaseNote note = new CaseNote();
        note.id = UUID.randomUUID();
        note.incidentId = incident.id;
        note.at = Instants.micros(clock.instant());
        note.author = by.principal();
        note.authorName = by.name();
        note.kind = request.kind();
        note.occurredAt = Instants.micros(request.occurredAt());
        note.text = request.text();
        note.persist();
        audit.incident(incident.id, AuditKind.NOTE_ADDED, by.principal(), Map.of("noteId", note.id.toString(),
                "at", note.at.toString(), "kind", note.kind.name(), "textHash", Sha256.hex(note.text)));
        return CaseNoteView.of(note);
    }
}
