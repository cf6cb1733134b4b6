package org.esafety.action;

import jakarta.validation.constraints.Size;

/**
 * Completing an action: DONE (the default), or NOT_REQUIRED with the rationale for not acting, which
 * KCSIE expects to be written down.
 */
public record CompletionRequest(
        Outcome outcome,
        @Size(max = 100, message = "completedBy is at most 100 characters") String completedBy,
        @Size(max = 4000, message = "note is at most 4000 characters") String note,
        @Size(max = 4000, message = "rationale is at most 4000 characters") String rationale,
        @Size(max = 100, message = "externalReference is at most 100 characters") String externalReference) {

    /** How an action ends when someone completes it. */
    public enum Outcome { DONE, NOT_REQUIRED }

    public Outcome outcomeOrDefault() {
        return outcome == null ? Outcome.DONE : outcome;
    }
}
