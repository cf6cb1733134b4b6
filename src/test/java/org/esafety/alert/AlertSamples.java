package org.esafety.alert;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Each vendor's sample alert (docs/alert-mappings.md), as mutable maps with a unique event id. */
final class AlertSamples {

    private AlertSamples() {
    }

    static Map<String, Object> monitor(int riskLevel, String eventType) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("eventId", "MON-" + UUID.randomUUID());
        body.put("riskLevel", riskLevel);
        body.put("eventType", eventType);
        body.put("occurredAt", "2026-11-20T10:15:00Z");
        body.put("username", "jbloggs@pupils.example.org");
        body.put("displayName", "Jo Bloggs");
        body.put("device", "LAPTOP-22");
        body.put("capturedText", "captured-" + UUID.randomUUID());
        body.put("moderatorMessage", "moderator-" + UUID.randomUUID());
        body.put("eventUrl", "https://monitor.example.org/events/118734");
        return body;
    }

    static Map<String, Object> senso(String severity) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("violationId", "SEN-" + UUID.randomUUID());
        body.put("severity", severity);
        body.put("trigger", "trigger-" + UUID.randomUUID());
        body.put("ruleSet", "Safeguarding UK");
        body.put("category", "Self Harm");
        body.put("device", "IT-SUITE-07");
        body.put("application", "chrome.exe");
        body.put("username", "sam.smith");
        body.put("capturedAt", "2026-11-20T13:02:10Z");
        body.put("captureUrl", "https://console.senso.example/captures/5521");
        return body;
    }

    static Map<String, Object> generic(int level, boolean callNow) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("eventId", "GEN-" + UUID.randomUUID());
        body.put("level", level);
        body.put("callNow", callNow);
        body.put("eventType", "Hate speech");
        body.put("occurredAt", "2026-11-20T14:40:00Z");
        body.put("userName", "Alex Doe");
        body.put("userRef", "UPN-A123");
        body.put("device", "iPad-3");
        body.put("capturedText", "text-" + UUID.randomUUID());
        body.put("message", "message-" + UUID.randomUUID());
        body.put("link", "https://product.example.org/e/9");
        return body;
    }
}
