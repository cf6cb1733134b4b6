package org.esafety.transfer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Send a pupil's child-protection file: to which school (its name or URN) and why. */
public record ExportRequest(
        @NotBlank(message = "toSchool is required: the receiving school's name or URN")
        @Size(max = 200, message = "toSchool is at most 200 characters") String toSchool,
        @NotBlank(message = "reason is required: why the file is sent (the pupil moved, say)")
        @Size(max = 2000, message = "reason is at most 2000 characters") String reason) {
}
