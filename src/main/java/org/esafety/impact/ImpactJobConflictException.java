package org.esafety.impact;

import org.esafety.common.StateConflictException;

/** Another impact job is running, or the one to cancel has ended: 409. */
public class ImpactJobConflictException extends StateConflictException {

    public ImpactJobConflictException(String message) {
        super(message);
    }
}
