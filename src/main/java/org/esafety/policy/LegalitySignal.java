package org.esafety.policy;


/** One reason for a legality (a category default, a modifier, the reporter's view); the most serious wins. */
public record LegalitySignal(Legality level) {
}
