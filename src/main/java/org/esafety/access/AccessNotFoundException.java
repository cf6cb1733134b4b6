package org.esafety.access;

import org.esafety.common.ResourceNotFoundException;

/** No such user or API key (or not one this admin manages). */
public class AccessNotFoundException extends ResourceNotFoundException {

    public AccessNotFoundException(String message) {
        super(message);
    }
}
