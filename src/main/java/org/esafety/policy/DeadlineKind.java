package org.esafety.policy;

/** How soon an action is due (decision-table §2); {@code DeadlineCalculator} turns it into an instant. */
public enum DeadlineKind { EMERGENCY, IMMEDIATE, SAME_DAY, ONE_WORKING_DAY, HOURS_72, WORKING_DAYS_5 }
