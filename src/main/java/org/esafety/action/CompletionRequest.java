package org.esafety.action;

import java.time.Instant;

import jakarta.validation.constraints.Size;

/**
 * Completing an action: DONE (the default), or NOT_REQUIRED with the rationale for not acting, which KCSIE expects
 * to be written down. {@code actedAt} is when it really happened, if not when it is recorded; {@code completedBy} is
 * for whom the caller acts ("on behalf of"), never the actor, which the credentials say.
 */
public record CompletionRequest(
        Outcome outcome,
        @Size(max = 100, message = "completedBy is at most 100 characters") String completedBy,
        @Size(max = 4000, message = "note is at most 4000 characters") String note,
        @Size(max = 4000, message = "rationale is at most 4000 characters") String rationale,
        @Size(max = 100, message = "externalReference is at most 100 characters") String externalReference,
        Instant actedAt) {

    /** How an action ends when someone completes it. */
    public enum Outcome { DONE, NOT_REQUIRED }

    public CompletionRequest(Outcome outcome, String completedBy, String note, String rationale,
                             String externalReference) {
        this(outcome, completedBy, note, rationale, externalReference, null);
    }

    public Outcome outcomeOrDefault() {
        return outcome == null ? Outcome.DONE : outcome;
    }
}
