package org.esafety.policy;


/**
 * The incident as the rules see it: what happened and what has been said about its legality.
 * Never a name, a reference, a URL or the summary; only whether a URL was given.
 */
public record Case(
        Category category,
        ReportedLegality reportedLegality,
        DslAssessment dslAssessment,
        ExternalOutcome externalOutcome,
        boolean urlPresent) {
}
