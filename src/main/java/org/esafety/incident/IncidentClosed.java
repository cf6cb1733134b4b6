package org.esafety.incident;

import java.time.Instant;
import java.util.UUID;

/** An incident was closed: fired inside the closure's transaction. Ids only. */
public record IncidentClosed(UUID incidentId, String schoolId, Instant at) {
}
