package org.esafety.alert;

import java.util.UUID;

import org.esafety.common.ResourceNotFoundException;

/** No alert with this id in the caller's schools. */
public class AlertNotFoundException extends ResourceNotFoundException {

    public AlertNotFoundException(UUID id) {
        super("no alert " + id);
    }
}
