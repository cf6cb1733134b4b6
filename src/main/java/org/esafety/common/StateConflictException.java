package org.esafety.common;

/** The request conflicts with the current state of what it would change: 409, nothing written. */
public abstract class StateConflictException extends RuntimeException {

    protected StateConflictException(String message) {
        super(message);
    }
}
