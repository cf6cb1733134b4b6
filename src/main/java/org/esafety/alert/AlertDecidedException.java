package org.esafety.alert;

import org.esafety.common.StateConflictException;

/** The alert was promoted or dismissed already: the tray decides each alert once. */
public class AlertDecidedException extends StateConflictException {

    public AlertDecidedException(AlertStatus status) {
        super("the alert is " + status + " already");
    }
}
