package org.esafety.incident;

import org.esafety.common.StateConflictException;

/** An incident cannot be closed while any of its actions is OPEN. */
public class OpenActionsException extends StateConflictException {

    public OpenActionsException(long open) {
        super("the incident still has " + open + " open action(s); complete or decline them first");
    }
}
