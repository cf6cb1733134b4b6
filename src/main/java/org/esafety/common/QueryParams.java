package org.esafety.common;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Parses query parameters strictly, collecting one violation per bad parameter, named as sent. */
public final class QueryParams {

    /** Most items one page may hold. */
    public static final int MAX_SIZE = 100;

    private final List<Violation> violations = new ArrayList<>();

    public <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            violations.add(new Violation(name, "unknown value; one of " + Arrays.toString(type.getEnumConstants())));
            return null;
        }
    }

    public Instant instant(String name, String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            violations.add(new Violation(name, "an ISO-8601 instant such as 2026-11-20T10:15:00Z"));
            return null;
        }
    }

    public java.util.UUID uuid(String name, String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return java.util.UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            violations.add(new Violation(name, "a UUID"));
            return null;
        }
    }

    public Boolean bool(String name, String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        if (!value.equals("true") && !value.equals("false")) {
            violations.add(new Violation(name, "true or false"));
            return null;
        }
        return Boolean.valueOf(value);
    }

    /** Records a violation of {@code name} found by the caller's own check. */
    public void reject(String name, String message) {
        violations.add(new Violation(name, message));
    }

    public int page(String value) {
        return integer("page", value, 0, 0, Integer.MAX_VALUE);
    }

    public int size(String value) {
        return integer("size", value, 20, 1, MAX_SIZE);
    }

    private int integer(String name, String value, int fallback, int min, int max) {
        if (value == null || value.isEmpty()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value);
            if (n < min || n > max) {
                violations.add(new Violation(name, "between " + min + " and " + max));
            }
            return n;
        } catch (NumberFormatException e) {
            violations.add(new Violation(name, "a whole number"));
            return fallback;
        }
    }

    /** Throws the 400 when any parameter was bad. */
    public void check() {
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
    }
}
