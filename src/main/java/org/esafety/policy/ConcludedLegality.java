package org.esafety.policy;


/** The legality the decision rests on: outside outcome, else DSL assessment, else the base legality. */
public record ConcludedLegality(Legality level) {
}
