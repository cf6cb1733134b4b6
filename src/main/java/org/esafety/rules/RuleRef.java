package org.esafety.rules;

/** The rule that asked for something, with the policy clause behind it. */
public record RuleRef(String id, String name, String source) {
}
