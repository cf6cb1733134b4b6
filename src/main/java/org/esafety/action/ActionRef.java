package org.esafety.action;

import java.util.UUID;

import org.esafety.policy.Responsible;

/**
 * Which incident and school an action belongs to, who must act and its band: what must be checked and locked
 * before it is changed.
 */
public record ActionRef(UUID actionId, UUID incidentId, String schoolId, Responsible responsible, int band,
                        ActionStatus status) {
}
