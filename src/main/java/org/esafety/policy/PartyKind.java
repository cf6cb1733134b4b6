package org.esafety.policy;

/**
 * Who a party is (decision-table §1). {@code OTHER_ADULT} (v6) is a known adult who is none of the others (a former
 * pupil, a family friend, a coach or tutor outside school): treated as {@code UNKNOWN_EXTERNAL} everywhere except
 * that its kind alone never brings a CEOP report (the person is known, so the police lead).
 */
public enum PartyKind { CHILD, STAFF, HEADTEACHER, PARENT, VISITOR, OTHER_ADULT, UNKNOWN_EXTERNAL;

    /** Someone outside the school and the child's household: an unknown contact or (v6) a known other adult. */
    public boolean isOutsider() {
        return this == UNKNOWN_EXTERNAL || this == OTHER_ADULT;
    }
}
