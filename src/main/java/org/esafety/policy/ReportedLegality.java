package org.esafety.policy;

/** The reporter's view of legality. */
public enum ReportedLegality { ILLEGAL, INAPPROPRIATE, UNSURE }
