package org.esafety.policy;

/** A rule gives an instruction: something that must not be done (decision-table §6). */
public record InstructionGiven(String code) {
}
