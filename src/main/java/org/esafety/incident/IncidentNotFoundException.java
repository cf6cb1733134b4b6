package org.esafety.incident;

import java.util.UUID;

/** No incident with this id (or none the caller may see). */
public class IncidentNotFoundException extends RuntimeException {

    public IncidentNotFoundException(UUID id) {
        super("no incident " + id);
    }
}
