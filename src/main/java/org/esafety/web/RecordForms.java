package org.esafety.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

import jakarta.ws.rs.core.MultivaluedMap;

import org.esafety.action.AddendumRequest;
import org.esafety.action.CompletionRequest;
import org.esafety.common.InvalidRequestException;
import org.esafety.incident.CaseNote;
import org.esafety.incident.NoteRequest;

/**
 * The incident page's record forms as the requests the API takes: an action's outcome, a correction of a completed
 * action, a case note. A "when it happened" field is a local date and time, read in the school's time zone.
 */
final class RecordForms {

    private RecordForms() {
    }

    static CompletionRequest completion(MultivaluedMap<String, String> form, ZoneId zone) {
        CompletionRequest.Outcome outcome = Forms.enumValue(form, "outcome", CompletionRequest.Outcome.class);
        if (outcome == null) {
            // Nothing is pre-chosen on the page: an action is never recorded as done by a stray Enter.
            throw new InvalidRequestException("outcome", "choose Done or Not required");
        }
        return new CompletionRequest(outcome, Forms.text(form, "completedBy"), Forms.text(form, "note"),
                Forms.text(form, "rationale"), Forms.text(form, "externalReference"), localTime(form, "actedAt", zone));
    }

    static AddendumRequest addendum(MultivaluedMap<String, String> form, ZoneId zone) {
        return new AddendumRequest(Forms.text(form, "text"), localTime(form, "actedAt", zone),
                Forms.text(form, "externalReference"));
    }

    static NoteRequest note(MultivaluedMap<String, String> form, ZoneId zone) {
        return new NoteRequest(Forms.enumValue(form, "kind", CaseNote.Kind.class), Forms.text(form, "text"),
                localTime(form, "occurredAt", zone));
    }

    /** A {@code datetime-local} field ("2026-11-20T09:40") in the school's time zone; blank is "not given". */
    static Instant localTime(MultivaluedMap<String, String> form, String field, ZoneId zone) {
        String value = Forms.text(form, field);
        if (value == null) {
            return null;
        }
        try {
            return LocalDateTime.parse(value).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException(field, "give the date and time it happened, or leave it empty");
        }
    }
}
