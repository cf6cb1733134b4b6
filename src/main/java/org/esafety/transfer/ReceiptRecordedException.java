package org.esafety.transfer;

import org.esafety.common.StateConflictException;

/** The export's receipt is recorded already: a receipt is recorded once, never changed (409). */
public class ReceiptRecordedException extends StateConflictException {

    public ReceiptRecordedException() {
        super("the receipt of this file is recorded already; nothing was changed");
    }
}
