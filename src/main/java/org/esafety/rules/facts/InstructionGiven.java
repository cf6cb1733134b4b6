package org.esafety.rules.facts;

/** A rule gives an instruction: something that must not be done (decision-table §6). */
public record InstructionGiven(String code) {
}
