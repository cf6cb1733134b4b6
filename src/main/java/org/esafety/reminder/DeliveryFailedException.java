package org.esafety.reminder;

/** A notice did not reach its inbox; the reason names the kind of failure only (no addresses, no content). */
class DeliveryFailedException extends Exception {

    DeliveryFailedException(String reason) {
        super(reason);
    }
}
