package org.esafety.support;

import static org.esafety.support.IncidentRequests.party;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Incident bodies for lifecycle tests, chosen so that the decision-table gives a clear-cut answer.
 * Each has a unique external reference and is reported at 2026-11-20T10:30:00Z (a Friday, GMT) unless
 * said otherwise; tests set their clock no earlier than that.
 */
public final class Cases {

    /** When the cases are reported. */
    public static final String REPORTED_AT = "2026-11-20T10:30:00Z";

    private Cases() {
    }

    /**
     * Thingwall: a pupil deliberately showed another pupil unsuitable content the reporter believes
     * illegal. ILLEGAL by the reporter's view (decision-table §1, precedence 3), so police and LA
     * referrals and held sanctions; INAPPROPRIATE, a behaviour-policy matter, once the police say no.
     */
    public static Map<String, Object> reportedIllegalUnsuitableContent() {
        Map<String, Object> body = incident("thingwall-primary", "UNSUITABLE_CONTENT");
        body.put("reportedLegality", "ILLEGAL");
        body.put("parties", list(party("INSTIGATOR", "CHILD", 11, "pupil-31"), party("EXPOSED", "CHILD", 11, "pupil-32")));
        body.put("circumstances", flags("deliberate", true));
        return body;
    }

    /** Thingwall: child sexual abuse imagery with one instigator of {@code kind} (CHILD aged 14, or STAFF). */
    public static Map<String, Object> abuseImagery(String instigatorKind) {
        Map<String, Object> body = incident("thingwall-primary", "CHILD_SEXUAL_ABUSE_IMAGERY");
        body.put("parties", list(party("INSTIGATOR", instigatorKind, "CHILD".equals(instigatorKind) ? 14 : null,
                "subject-1")));
        body.put("circumstances", flags("schoolDevice", true));
        return body;
    }

    /** Claines: deliberate, repeated cyberbullying between 12-year-olds: INAPPROPRIATE, anti-bullying policy. */
    public static Map<String, Object> cyberbullying() {
        Map<String, Object> body = incident("claines-primary", "CYBERBULLYING");
        body.put("parties", list(party("INSTIGATOR", "CHILD", 12, "pupil-51"), party("VICTIM", "CHILD", 12, "pupil-52")));
        body.put("circumstances", flags("deliberate", true, "repeated", true, "outsideSchool", true));
        return body;
    }

    /** National default: an OTHER incident with a pupil instigator: UNCERTAIN, so held and a helpline call. */
    public static Map<String, Object> uncertainOther() {
        Map<String, Object> body = incident("national-default", "OTHER");
        body.put("parties", list(party("INSTIGATOR", "CHILD", 13, "pupil-71")));
        body.put("circumstances", flags("deliberate", true));
        return body;
    }

    /** A pupil deliberately getting round the filter: INAPPROPRIATE, a handful of actions. */
    public static Map<String, Object> filterCircumvention(String schoolId) {
        Map<String, Object> body = incident(schoolId, "FILTER_CIRCUMVENTION");
        body.put("parties", list(party("INSTIGATOR", "CHILD", 13, "pupil-91")));
        body.put("circumstances", flags("deliberate", true));
        return body;
    }

    /** A pupil in immediate danger: CALL_EMERGENCY_SERVICES, due the moment the school knew. */
    public static Map<String, Object> immediateDanger(String schoolId) {
        Map<String, Object> body = incident(schoolId, "SELF_HARM_CONTENT");
        body.put("parties", list(party("VICTIM", "CHILD", 14, "pupil-93")));
        body.put("circumstances", flags("immediateDanger", true));
        return body;
    }

    public static Map<String, Object> incident(String schoolId, String category) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("schoolId", schoolId);
        body.put("source", "cpoms");
        body.put("externalRef", "B-" + UUID.randomUUID());
        body.put("reportedAt", REPORTED_AT);
        body.put("category", category);
        return body;
    }

    /** A circumstances object from flag names and values in turn. */
    public static Map<String, Object> flags(Object... namesAndValues) {
        return Lifecycle.json(namesAndValues);
    }

    @SafeVarargs
    public static List<Map<String, Object>> list(Map<String, Object>... parties) {
        return new ArrayList<>(List.of(parties));
    }
}
