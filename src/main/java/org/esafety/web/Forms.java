package org.esafety.web;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.ws.rs.core.MultivaluedMap;

import org.esafety.common.InvalidRequestException;

/** Reading the fields of a posted HTML form: blank means "not given". */
final class Forms {

    private Forms() {
    }

    static String text(MultivaluedMap<String, String> form, String field) {
        String value = form.getFirst(field);
        return value == null || value.isBlank() ? null : value.strip();
    }

    static <E extends Enum<E>> E enumValue(MultivaluedMap<String, String> form, String field, Class<E> type) {
        String value = text(form, field);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(field, "choose one of the options");
        }
    }

    /** "yes", "no", "unknown" (or blank: not answered) as a flag value. */
    static Boolean yesNo(MultivaluedMap<String, String> form, String field) {
        String value = text(form, field);
        if (value == null || value.equals("unknown")) {
            return null;
        }
        return switch (value) {
            case "yes" -> Boolean.TRUE;
            case "no" -> Boolean.FALSE;
            default -> throw new InvalidRequestException(field, "answer yes, no or don't know");
        };
    }

    /** What was typed, to show again beside the errors (never the CSRF token). */
    static Map<String, String> values(MultivaluedMap<String, String> form) {
        Map<String, String> values = new LinkedHashMap<>();
        form.forEach((k, v) -> {
            if (!k.equals(CsrfToken.FIELD) && !v.isEmpty()) {
                values.put(k, v.get(0));
            }
        });
        return values;
    }
}
