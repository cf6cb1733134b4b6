package org.esafety.transfer;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Validator;

import org.esafety.common.InvalidRequestException;
import org.esafety.common.Violation;

/** The checks of a request before anything is read or written: every bad field named (400). */
final class Checks {

    private Checks() {
    }

    static void pupil(String pupil, String schoolId) {
        List<Violation> violations = new ArrayList<>();
        if (schoolId == null || schoolId.isBlank()) {
            violations.add(new Violation("schoolId", "a pupil reference is the school's own: name the school"));
        }
        if (pupil == null || pupil.isBlank() || pupil.length() > 100) {
            violations.add(new Violation("ref", "a pupil reference of 1 to 100 characters"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
    }

    static void request(Validator validator, Object request, String missing) {
        if (request == null) {
            throw new InvalidRequestException("", missing);
        }
        List<Violation> violations = new ArrayList<>();
        validator.validate(request).forEach(v -> violations.add(new Violation(v.getPropertyPath().toString(),
                v.getMessage())));
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
    }
}
