package org.esafety.reminder;

import java.time.Instant;
import java.util.UUID;

/**
 * An OPEN action passed its deadline: fired once per action, when its overdue stage is recorded, inside that
 * transaction (under the action's row lock), so that what observers record commits with it. Ids only.
 */
public record ActionOverdue(UUID actionId, UUID incidentId, String schoolId, Instant at) {
}
