package org.esafety.common;

/** The thing asked for does not exist (or the caller may not know that it does): 404. */
public abstract class ResourceNotFoundException extends RuntimeException {

    protected ResourceNotFoundException(String message) {
        super(message);
    }
}
