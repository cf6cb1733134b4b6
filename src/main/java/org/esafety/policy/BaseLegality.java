package org.esafety.policy;


/** The legality from the facts alone, before any DSL assessment or outside outcome (§1 step 3). */
public record BaseLegality(Legality level) {
}
