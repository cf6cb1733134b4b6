package org.esafety.alert;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A Senso violation (a capture) as its integration sends it (docs/alert-mappings.md: the severities are Senso's
 * own, the field names are assumed from the capture view of the Senso console).
 */
@Schema(description = "A Senso violation (field names assumed: docs/alert-mappings.md)")
public record SensoAlert(
        @Schema(description = "Senso's id of the violation: the key of idempotence", maxLength = 200, required = true) String violationId,
        @Schema(description = "The severity, exactly as Senso names it", required = true) Severity severity,
        @Schema(description = "The words that triggered the capture (personal data)", maxLength = 4000) String trigger,
        @Schema(description = "The rule set that detected the violation", maxLength = 200, required = true) String ruleSet,
        @Schema(description = "The rule set's category, when it has one (Self Harm, Bullying...)", maxLength = 100) String category,
        @Schema(description = "The device the violation was captured on", maxLength = 200) String device,
        @Schema(description = "The application in use", maxLength = 200) String application,
        @Schema(description = "The logged-in user (personal data)", maxLength = 200) String username,
        @Schema(description = "When the capture was taken", required = true) Instant capturedAt,
        @Schema(description = "The capture in the Senso console", maxLength = 2048) String captureUrl) {

    /** Senso's severities, lowest first: CRITICAL is the highest. */
    public enum Severity { LOW, MEDIUM, HIGH, URGENT, CRITICAL }

    IncomingAlert read() {
        Fields f = new Fields();
        String id = f.required("violationId", violationId, 200);
        if (severity == null) {
            f.reject("severity", "required: one of LOW, MEDIUM, HIGH, URGENT, CRITICAL");
        }
        String rules = f.required("ruleSet", ruleSet, 200);
        f.optional("category", category, 100);
        f.optional("trigger", trigger, 4000);
        f.optional("device", device, 200);
        f.optional("application", application, 200);
        f.optional("username", username, 200);
        Instant at = f.time("capturedAt", capturedAt);
        f.link("captureUrl", captureUrl);
        f.check();
        String type = category != null ? category : rules;
        String where = application == null ? device : device == null ? application : device + " / " + application;
        return new IncomingAlert(id, severity.name(), severity.ordinal() + 1, severity == Severity.CRITICAL, type,
                Suggestions.of(type), at, null, username, where, trigger, null, rules, captureUrl);
    }
}
