package org.esafety.policy;

/** A conclusion a rule has drawn, for later rules to match on. */
public record Concluded(Conclusion what) {
}
