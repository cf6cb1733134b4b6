package org.esafety.incident;

import org.esafety.common.StateConflictException;

/** The same (schoolId, source, externalRef) arrived again with a different body. */
public class DuplicateIncidentConflictException extends StateConflictException {

    public DuplicateIncidentConflictException() {
        super("an incident with this schoolId, source and externalRef exists with a different body");
    }
}
