package org.esafety.policy;

/** Who a party is (decision-table §1). */
public enum PartyKind { CHILD, STAFF, HEADTEACHER, PARENT, VISITOR, UNKNOWN_EXTERNAL }
