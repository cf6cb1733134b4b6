package org.esafety.action;

import java.util.List;

import org.esafety.rules.ActionCatalogue;
import org.esafety.rules.RuleRef;

/** An instruction as api.md shows it: what must not be done, and why (each rule with its source). */
public record InstructionView(String code, String text, List<String> rules, List<String> sources,
                              List<RuleRef> provenance) {

    public static InstructionView of(IncidentInstruction i, ActionCatalogue catalogue) {
        return new InstructionView(i.code, catalogue.instruction(i.code).orElse(i.code), i.ruleNames(),
                i.ruleSources(), i.provenance == null ? List.of() : i.provenance);
    }

    public static InstructionView of(Decision.DecidedInstruction i) {
        return new InstructionView(i.code(), i.text(), i.rules(), i.sources(), i.provenance());
    }
}
