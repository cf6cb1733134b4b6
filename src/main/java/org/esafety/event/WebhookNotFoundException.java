package org.esafety.event;

import java.util.UUID;

import org.esafety.common.ResourceNotFoundException;

/** No such webhook endpoint at this school. */
public class WebhookNotFoundException extends ResourceNotFoundException {

    public WebhookNotFoundException(UUID id) {
        super("no webhook endpoint " + id + " at this school");
    }
}
