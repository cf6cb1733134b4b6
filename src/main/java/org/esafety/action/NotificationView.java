package org.esafety.action;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnore;

import org.esafety.policy.Responsible;

/**
 * One notification of an action (or an announcement of the incident) as the incident view shows it: when it was
 * recorded, to whom, how and whether it arrived. When it arrived ({@code deliveredAt}) is kept for the incident's
 * acknowledgement ({@code dsl.toldAt}), not shown per notice.
 */
public record NotificationView(Instant at, Responsible role, Channel channel, boolean delivered,
                               @JsonIgnore Instant deliveredAt) {
}
