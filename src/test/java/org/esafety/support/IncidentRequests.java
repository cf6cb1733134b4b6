package org.esafety.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Builders of incident bodies as a school system sends them, as mutable maps so that tests can break
 * them in any way (wrong types, unknown fields) before sending.
 */
public final class IncidentRequests {

    private IncidentRequests() {
    }

    /** api.md's example: two 15-year-olds sharing nudes, at Claines, with a unique external reference. */
    public static Map<String, Object> sharingNudes() {
        Map<String, Object> body = base("claines-primary", "SHARING_NUDES");
        body.put("occurredAt", "2026-11-20T10:15:00Z");
        body.put("reportedBy", new LinkedHashMap<>(Map.of("role", "CLASS_TEACHER", "ref", "staff-17")));
        body.put("parties", new ArrayList<>(List.of(
                party("INSTIGATOR", "CHILD", 15, "pupil-881"),
                party("VICTIM", "CHILD", 15, "pupil-102"))));
        Map<String, Object> circumstances = new LinkedHashMap<>();
        circumstances.put("immediateDanger", false);
        circumstances.put("coercionOrBlackmail", false);
        circumstances.put("outsideSchool", true);
        body.put("circumstances", circumstances);
        body.put("summary", "Free text for staff; never sent to the rule engine or the logs.");
        return body;
    }

    /** Child sexual abuse imagery found on a school device: ILLEGAL, referrals, secured evidence. */
    public static Map<String, Object> suspectedIllegalMaterial() {
        Map<String, Object> body = base("thingwall-primary", "CHILD_SEXUAL_ABUSE_IMAGERY");
        body.put("parties", new ArrayList<>(List.of(party("INSTIGATOR", "STAFF", null, "staff-4"))));
        body.put("circumstances", new LinkedHashMap<>(Map.of("schoolDevice", true)));
        return body;
    }

    /** A minimal valid body of the given category with one child exposed. */
    public static Map<String, Object> minimal(String schoolId, String category) {
        Map<String, Object> body = base(schoolId, category);
        body.put("parties", new ArrayList<>(List.of(party("EXPOSED", "CHILD", 12, null))));
        return body;
    }

    public static Map<String, Object> party(String role, String kind, Integer age, String ref) {
        Map<String, Object> party = new LinkedHashMap<>();
        party.put("role", role);
        party.put("kind", kind);
        if (age != null) {
            party.put("age", age);
        }
        if (ref != null) {
            party.put("ref", ref);
        }
        return party;
    }

    private static Map<String, Object> base(String schoolId, String category) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("schoolId", schoolId);
        body.put("source", "cpoms");
        body.put("externalRef", "T-" + UUID.randomUUID());
        body.put("reportedAt", "2026-11-20T10:30:00Z");
        body.put("category", category);
        return body;
    }
}
