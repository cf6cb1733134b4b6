package org.esafety.incident;

import java.time.Instant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A case note: what kind of thing it records, the text, and when it happened if not now. */
public record NoteRequest(
        @NotNull(message = "kind is required: CALL, MEETING, ADVICE, OBSERVATION or OTHER") CaseNote.Kind kind,
        @NotBlank(message = "text is required") @Size(max = 4000, message = "text is at most 4000 characters") String text,
        Instant occurredAt) {
}
