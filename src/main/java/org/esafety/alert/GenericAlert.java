package org.esafety.alert;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.esafety.policy.Category;

/** The service's own alert shape, for any product without an adapter (docs/alert-mappings.md "generic"). */
@Schema(description = "An alert in the service's generic shape (docs/alert-mappings.md)")
public record GenericAlert(
        @Schema(description = "The product's id of the event: the key of idempotence", maxLength = 200, required = true) String eventId,
        @Schema(description = "1 (lowest) to 5 (highest)", minimum = "1", maximum = "5", required = true) Integer level,
        @Schema(description = "true: a child may be at risk now; the DSL and the deputy are told at once") Boolean callNow,
        @Schema(description = "The product's name for what it detected", maxLength = 100, required = true) String eventType,
        @Schema(description = "The category the product suggests; absent: suggested from eventType") Category category,
        @Schema(description = "When it happened", required = true) Instant occurredAt,
        @Schema(description = "The user's name (personal data)", maxLength = 200) String userName,
        @Schema(description = "The user's id in the school's systems (personal data)", maxLength = 200) String userRef,
        @Schema(description = "The device", maxLength = 200) String device,
        @Schema(description = "What was typed, seen or sent (personal data)", maxLength = 4000) String capturedText,
        @Schema(description = "The product's or its reviewer's message to the school (personal data)", maxLength = 4000) String message,
        @Schema(description = "The event in the product's console", maxLength = 2048) String link) {

    IncomingAlert read() {
        Fields f = new Fields();
        String id = f.required("eventId", eventId, 200);
        int lvl = f.level("level", level);
        String type = f.required("eventType", eventType, 100);
        Instant at = f.time("occurredAt", occurredAt);
        f.optional("userName", userName, 200);
        f.optional("userRef", userRef, 200);
        f.optional("device", device, 200);
        f.optional("capturedText", capturedText, 4000);
        f.optional("message", message, 4000);
        f.link("link", link);
        f.check();
        boolean urgent = Boolean.TRUE.equals(callNow);
        return new IncomingAlert(id, lvl + (urgent ? " callNow" : ""), lvl, urgent, type,
                category != null ? category : Suggestions.of(type), at, userName, userRef, device, capturedText, message,
                null, link);
    }
}
