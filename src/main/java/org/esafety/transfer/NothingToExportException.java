package org.esafety.transfer;

import org.esafety.common.StateConflictException;

/** No incident of the school that the caller may open names the pupil: there is no file to send (409). */
public class NothingToExportException extends StateConflictException {

    public NothingToExportException() {
        super("no incident of this school that you may open names this pupil: there is no file to send; "
                + "nothing was exported");
    }
}
