package org.esafety.incident;

import java.time.Instant;
import java.util.UUID;

/**
 * An incident was reassessed: fired inside the reassessment's transaction, after its status followed the new decision,
 * so that what observers record commits or rolls back with it. Ids only.
 */
public record IncidentReassessed(UUID incidentId, String schoolId, UUID evaluationId, Instant at) {
}
