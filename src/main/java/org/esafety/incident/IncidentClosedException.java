package org.esafety.incident;

import java.util.UUID;

import org.esafety.common.StateConflictException;

/** A closed incident accepts no completion, reassessment or second closure. */
public class IncidentClosedException extends StateConflictException {

    public IncidentClosedException(UUID id) {
        super("incident " + id + " is closed");
    }
}
