package org.esafety.action;

import org.esafety.common.StateConflictException;

/** Only a completed or declined action takes an addendum: an OPEN one is completed, a superseded one was never done. */
public class AddendumNotAllowedException extends StateConflictException {

    public AddendumNotAllowedException(ActionStatus status) {
        super("the action is " + status + ": only a DONE or NOT_REQUIRED action takes an addendum");
    }
}
