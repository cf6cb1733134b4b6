package org.esafety.action;

import java.util.UUID;

import org.esafety.common.ResourceNotFoundException;

/** No action with this id. */
public class ActionNotFoundException extends ResourceNotFoundException {

    public ActionNotFoundException(UUID id) {
        super("no action " + id);
    }
}
