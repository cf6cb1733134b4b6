package org.esafety.policy;

/** What the police, the LADO or social care said, sent by reassessment. */
public enum ExternalOutcome { ILLEGAL_CONFIRMED, NO_ILLEGAL_ACTIVITY, AGENCY_ADVISED_INTERNAL_HANDLING }
