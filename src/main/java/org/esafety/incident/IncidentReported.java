package org.esafety.incident;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.esafety.policy.Responsible;

/**
 * A new incident was stored (fired inside intake's transaction, so that what observers record commits or rolls back
 * with it). Ids and codes only: never the summary or a name. {@code excludedRoles} are the subject's, whom nothing
 * about the case may reach.
 */
public record IncidentReported(UUID incidentId, String schoolId, String reference, String category,
                               Set<Responsible> excludedRoles, Instant at) {
}
