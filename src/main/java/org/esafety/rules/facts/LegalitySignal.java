package org.esafety.rules.facts;

import org.esafety.rules.Legality;

/** One reason for a legality (a category default, a modifier, the reporter's view); the most serious wins. */
public record LegalitySignal(Legality level) {
}
