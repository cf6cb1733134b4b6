package org.esafety.rules;

import java.util.List;

import org.esafety.policy.DeadlineKind;
import org.esafety.policy.Legality;
import org.esafety.policy.Responsible;

/**
 * What one run of the rules concluded, before the catalogue and the calendar turn it into a decision:
 * the legality, every request with the rule that made it, and the rules that fired, in firing order.
 */
public record RuleOutcome(
        String ruleSetVersion,
        Legality legality,
        List<String> firedRules,
        List<ActionRequest> actions,
        List<InstructionRequest> instructions,
        List<Reassignment> substitutions) {

    /** One rule's request for an action; {@code deadline} null means the catalogue's default. */
    public record ActionRequest(String code, DeadlineKind deadline, RuleRef rule) {
    }

    /** One rule's instruction. */
    public record InstructionRequest(String code, RuleRef rule) {
    }

    /** Actions for {@code from} go to {@code to}, as {@code rule} decided. */
    public record Reassignment(Responsible from, Responsible to, RuleRef rule) {
    }
}
