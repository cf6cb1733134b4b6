package org.esafety.policy;

/** Things the rules derive from the facts (decision-table §1 "Derived by the rules"). */
public enum Conclusion {
    /** {@code deliberate} is explicitly false. */
    ACCIDENTAL,
    /** Accidental and reported promptly. */
    NO_BLAME,
    /** The child's own parents, carers or household are involved. */
    PARENTS_INVOLVED,
    /** A CHILD party who is INSTIGATOR, VICTIM or EXPOSED. */
    CHILD_IN_CASE,
    /** Sharing nudes with one of the aggravating factors of §3.4. */
    NUDES_AGGRAVATED,
    /** Sanctions and disciplinary steps wait (§3.9). */
    SANCTIONS_HELD
}
