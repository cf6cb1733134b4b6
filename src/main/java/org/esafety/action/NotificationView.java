package org.esafety.action;

import java.time.Instant;

import org.esafety.policy.Responsible;

/** One notification of an action as the incident view shows it: when it was recorded, to whom, how, and whether it arrived. */
public record NotificationView(Instant at, Responsible role, Channel channel, boolean delivered) {
}
