package org.esafety.action;

import java.util.UUID;

/** Which incident and school an action belongs to: what must be checked and locked before it is changed. */
public record ActionRef(UUID actionId, UUID incidentId, String schoolId) {
}
