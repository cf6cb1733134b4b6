package org.esafety.action;

import java.time.Instant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A correction of a completed action: what is added to the record, and optionally when it happened and a reference. */
public record AddendumRequest(
        @NotBlank(message = "text is required: what the record should add or correct")
        @Size(max = 4000, message = "text is at most 4000 characters") String text,
        Instant actedAt,
        @Size(max = 100, message = "externalReference is at most 100 characters") String externalReference) {
}
