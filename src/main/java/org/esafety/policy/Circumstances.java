package org.esafety.policy;

/**
 * The flags of decision-table §1. {@code null} means unknown; the rules say how unknown counts.
 * Carries no free text, so it is inserted into the rule engine as it is.
 */
public record Circumstances(
        Boolean immediateDanger,
        Boolean outsideSchool,
        Boolean parentsInvolved,
        Boolean deliberate,
        Boolean reportedPromptly,
        Boolean repeated,
        Boolean threatsOrHarassment,
        Boolean coercionOrBlackmail,
        Boolean extremeOrObscene,
        Boolean unusualOrViolentSexualActs,
        Boolean capacityToConsentConcern,
        Boolean riskOfSignificantHarm,
        Boolean radicalisationConcern,
        Boolean harmThresholdMet,
        Boolean personalDataInvolved,
        Boolean riskToIndividuals,
        Boolean highRiskToIndividuals,
        Boolean schoolDevice,
        Boolean schoolPublishedContent) {

    /** All flags unknown. */
    public static Circumstances unknown() {
        return new Circumstances(null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null);
    }
}
