package org.esafety.action;

import java.util.List;

import org.esafety.rules.ActionCatalogue;

/** An instruction as api.md shows it: what must not be done, and why. */
public record InstructionView(String code, String text, List<String> rules, List<String> sources) {

    public static InstructionView of(IncidentInstruction i, ActionCatalogue catalogue) {
        return new InstructionView(i.code, catalogue.instruction(i.code).orElse(i.code), i.rules, i.sources);
    }

    public static InstructionView of(Decision.DecidedInstruction i) {
        return new InstructionView(i.code(), i.text(), i.rules(), i.sources());
    }
}
