package org.esafety.alert;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An event of Smoothwall (Qoria) Monitor's moderators, as its integration sends it (docs/alert-mappings.md: the
 * field names are assumed from the Monitor portal's event view; Smoothwall publishes no payload schema).
 */
@Schema(description = "A Smoothwall/Qoria Monitor event (field names assumed: docs/alert-mappings.md)")
public record MonitorAlert(
        @Schema(description = "Monitor's event id: the key of idempotence", maxLength = 200, required = true) String eventId,
        @Schema(description = "The moderators' risk level: 1 (lowest) to 5 (imminent risk, DSL phoned)", minimum = "1",
                maximum = "5", required = true) Integer riskLevel,
        @Schema(description = "Monitor's event type: Bullying, Grooming, Sexual Content, Terrorism/Extremism, "
                + "Vulnerable Person, Self-harm...", maxLength = 100, required = true) String eventType,
        @Schema(description = "When the captured activity happened", required = true) Instant occurredAt,
        @Schema(description = "The user's login name (personal data)", maxLength = 200) String username,
        @Schema(description = "The user's display name (personal data)", maxLength = 200) String displayName,
        @Schema(description = "The device's name", maxLength = 200) String device,
        @Schema(description = "The text the capture holds (personal data)", maxLength = 4000) String capturedText,
        @Schema(description = "The moderator's message to the school (personal data)", maxLength = 4000) String moderatorMessage,
        @Schema(description = "The event in the Monitor portal", maxLength = 2048) String eventUrl) {

    IncomingAlert read() {
        Fields f = new Fields();
        String id = f.required("eventId", eventId, 200);
        int level = f.level("riskLevel", riskLevel);
        String type = f.required("eventType", eventType, 100);
        Instant at = f.time("occurredAt", occurredAt);
        f.optional("username", username, 200);
        f.optional("displayName", displayName, 200);
        f.optional("device", device, 200);
        f.optional("capturedText", capturedText, 4000);
        f.optional("moderatorMessage", moderatorMessage, 4000);
        f.link("eventUrl", eventUrl);
        f.check();
        return new IncomingAlert(id, Integer.toString(level), level, level == 5, type, Suggestions.of(type), at,
                displayName, username, device, capturedText, moderatorMessage, null, eventUrl);
    }
}
