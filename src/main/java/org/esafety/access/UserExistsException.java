package org.esafety.access;

import org.esafety.common.StateConflictException;

/** A user with the requested name exists already. */
public class UserExistsException extends StateConflictException {

    public UserExistsException() {
        super("a user with this name exists");
    }
}
