package org.esafety.action;

import java.time.Instant;
import java.util.List;

import org.esafety.policy.Legality;

/** An evaluation's conclusion, as the incident view and a dry run show it. */
public record Assessment(Legality legality, String ruleSetVersion, Instant evaluatedAt, List<String> firedRules) {
}
