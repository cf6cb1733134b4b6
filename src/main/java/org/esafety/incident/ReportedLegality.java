package org.esafety.incident;

/** The reporter's view of legality. */
public enum ReportedLegality { ILLEGAL, INAPPROPRIATE, UNSURE }
