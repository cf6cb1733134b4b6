package org.esafety.incident;

import java.time.Instant;
import java.util.UUID;

/**
 * An action was completed or declined (DONE or NOT_REQUIRED): fired inside the completion's transaction, after the
 * incident's status followed. Ids only.
 */
public record ActionCompleted(UUID actionId, UUID incidentId, String schoolId, Instant at) {
}
