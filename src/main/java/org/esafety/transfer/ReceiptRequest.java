package org.esafety.transfer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The receiving school has the file: who there confirmed it, and anything it said. */
public record ReceiptRequest(
        @NotBlank(message = "receivedBy is required: who at the receiving school confirmed receipt")
        @Size(max = 200, message = "receivedBy is at most 200 characters") String receivedBy,
        @Size(max = 2000, message = "note is at most 2000 characters") String note) {
}
