package org.esafety.rules.facts;

import org.esafety.rules.Legality;

/** The legality the decision rests on: outside outcome, else DSL assessment, else the base legality. */
public record ConcludedLegality(Legality level) {
}
