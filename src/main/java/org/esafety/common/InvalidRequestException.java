package org.esafety.common;

import java.util.List;

/** The request is invalid; nothing was written. Answered with 400 and every violation. */
public class InvalidRequestException extends RuntimeException {

    private final transient List<Violation> violations;

    public InvalidRequestException(List<Violation> violations) {
        super("invalid request: " + violations.stream().map(Violation::field).toList());
        this.violations = List.copyOf(violations);
    }

    public InvalidRequestException(String field, String message) {
        this(List.of(new Violation(field, message)));
    }

    public List<Violation> violations() {
        return violations;
    }
}
