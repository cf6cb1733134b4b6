package org.esafety.transfer;

import org.esafety.common.StateConflictException;

/** No signing key is configured and none may be generated (the database is not the embedded one): 409. */
public class SigningKeyMissingException extends StateConflictException {

    public SigningKeyMissingException() {
        this("no signing key for children's files is configured: set esafety.transfer.signing-key "
                + "(ESAFETY_TRANSFER_SIGNING_KEY, at least 32 random characters) and retry; nothing was exported");
    }

    SigningKeyMissingException(String message) {
        super(message);
    }
}
