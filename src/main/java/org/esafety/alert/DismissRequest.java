package org.esafety.alert;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why the DSL dismisses an alert, in words another professional can check. */
public record DismissRequest(
        @Schema(description = "At least two words and ten letters or digits (e.g. \"False positive: a history essay on "
                + "the Blitz\")", maxLength = 2000, required = true) String reason) {
}
