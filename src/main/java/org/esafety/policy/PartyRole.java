package org.esafety.policy;

/** The part a party plays in the incident (decision-table §1). */
public enum PartyRole { INSTIGATOR, VICTIM, EXPOSED, WITNESS }
