package org.esafety.policy;


/** Actions that would go to {@code from} go to {@code to}: {@code from} is held by the subject (§3.5). */
public record Substitution(Responsible from, Responsible to) {
}
