package org.esafety.incident;

/** OPEN while any action is OPEN, ACTIONS_COMPLETE when none is, CLOSED once the DSL closes it. */
public enum IncidentStatus { OPEN, ACTIONS_COMPLETE, CLOSED }
