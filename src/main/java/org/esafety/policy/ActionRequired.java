package org.esafety.policy;


/**
 * A rule requires an action. {@code deadline} is null for the catalogue's default, or an earlier kind
 * the rule asks for. The rule that inserted it is recorded by the engine.
 */
public record ActionRequired(String code, DeadlineKind deadline) {

    public ActionRequired(String code) {
        this(code, null);
    }
}
