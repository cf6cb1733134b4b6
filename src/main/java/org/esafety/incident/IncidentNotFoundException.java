package org.esafety.incident;

import java.util.UUID;

import org.esafety.common.ResourceNotFoundException;

/** No incident with this id (or none the caller may see). */
public class IncidentNotFoundException extends ResourceNotFoundException {

    public IncidentNotFoundException(UUID id) {
        super("no incident " + id);
    }
}
