package org.esafety.action;

import org.esafety.common.StateConflictException;

/** Only an OPEN action can be completed or declined. */
public class ActionNotOpenException extends StateConflictException {

    public ActionNotOpenException(ActionStatus status) {
        super("the action is " + status + ", not OPEN");
    }
}
