package org.esafety.incident;

/** The same (schoolId, source, externalRef) arrived again with a different body. */
public class DuplicateIncidentConflictException extends RuntimeException {

    public DuplicateIncidentConflictException() {
        super("an incident with this schoolId, source and externalRef exists with a different body");
    }
}
