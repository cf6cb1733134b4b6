package org.esafety.alert;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.esafety.common.InvalidRequestException;
import org.esafety.common.Violation;

/** The checks every adapter makes on the fields it reads, naming each field as the vendor spells it. */
final class Fields {

    private final List<Violation> violations = new ArrayList<>();

    String required(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            violations.add(new Violation(field, "required"));
            return value;
        }
        return optional(field, value, max);
    }

    String optional(String field, String value, int max) {
        if (value != null && (value.isBlank() || value.length() > max)) {
            violations.add(new Violation(field, "1 to " + max + " characters when given"));
        }
        return value;
    }

    /** A link into the product's console: http(s) only, so that a page never links a script. */
    String link(String field, String value) {
        optional(field, value, 2048);
        if (value != null && !value.isBlank() && !value.regionMatches(true, 0, "https://", 0, 8)
                && !value.regionMatches(true, 0, "http://", 0, 7)) {
            violations.add(new Violation(field, "an http or https URL"));
        }
        return value;
    }

    Instant time(String field, Instant value) {
        if (value == null) {
            violations.add(new Violation(field, "required: an ISO-8601 instant, e.g. 2026-11-20T10:15:00Z"));
        }
        return value;
    }

    int level(String field, Integer value) {
        if (value == null || value < 1 || value > 5) {
            violations.add(new Violation(field, "required: 1 to 5"));
            return 0;
        }
        return value;
    }

    void reject(String field, String message) {
        violations.add(new Violation(field, message));
    }

    /** Throws every violation found (400, nothing written). */
    void check() {
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
    }

    static void body(Object body) {
        if (body == null) {
            throw new InvalidRequestException("", "a JSON body is required");
        }
    }
}
