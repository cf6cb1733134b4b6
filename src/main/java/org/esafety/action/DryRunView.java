package org.esafety.action;

import java.time.Instant;
import java.util.List;

import org.esafety.policy.DeadlineKind;
import org.esafety.policy.Responsible;
import org.esafety.rules.RuleRef;

/** The answer of a dry run: the decision exactly as the incident view would show it, nothing stored. */
public record DryRunView(Assessment assessment, List<Action> actions, List<InstructionView> instructions) {

    /** An action of a dry run: as in the view, without id or status. */
    public record Action(String code, String title, Responsible responsible, DeadlineKind deadline, Instant dueAt,
                         int order, List<String> rules, List<String> sources, List<RuleRef> provenance,
                         String contact) {
    }

    public static DryRunView of(Decision d) {
        return new DryRunView(new Assessment(d.legality(), d.ruleSetVersion(), d.evaluatedAt(), d.firedRules()),
                d.actions().stream().map(a -> new Action(a.code(), a.title(), a.responsible(), a.deadline(),
                        a.dueAt(), a.order(), a.rules(), a.sources(), a.provenance(), a.contact())).toList(),
                d.instructions().stream().map(InstructionView::of).toList());
    }
}
