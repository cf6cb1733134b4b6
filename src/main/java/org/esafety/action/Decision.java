package org.esafety.action;

import java.time.Instant;
import java.util.List;

import org.esafety.policy.Legality;
import org.esafety.policy.DeadlineKind;
import org.esafety.policy.Responsible;

/** What the rules require for one incident, ready to show or store: actions with due instants, and instructions. */
public record Decision(String ruleSetVersion, Legality legality, Instant evaluatedAt, List<String> firedRules,
                       List<DecidedAction> actions, List<DecidedInstruction> instructions) {

    /** One required action; {@code order} ranks it among the decision's actions (decision-table §2). */
    public record DecidedAction(String code, String title, Responsible responsible, DeadlineKind deadline,
                                Instant dueAt, int band, int order, List<String> rules, List<String> ruleIds,
                                List<String> sources, String contact) implements Ranked {
    }

    /** One instruction: something that must not be done. */
    public record DecidedInstruction(String code, String text, List<String> rules, List<String> sources) {
    }
}
