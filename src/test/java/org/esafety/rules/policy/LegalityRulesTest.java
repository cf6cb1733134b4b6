package org.esafety.rules.policy;

import static org.esafety.policy.Category.ADULT_PORNOGRAPHY;
import static org.esafety.policy.Category.CHILD_SEXUAL_ABUSE_IMAGERY;
import static org.esafety.policy.Category.CYBERBULLYING;
import static org.esafety.policy.Category.OFFENSIVE_MESSAGE;
import static org.esafety.policy.Category.OTHER;
import static org.esafety.policy.Category.UNAUTHORISED_ACCOUNT_ACCESS;
import static org.esafety.policy.Category.UNSUITABLE_CONTENT;
import static org.esafety.policy.Legality.ILLEGAL;
import static org.esafety.policy.Legality.INAPPROPRIATE;
import static org.esafety.policy.Legality.UNCERTAIN;
import static org.esafety.policy.PartyKind.CHILD;
import static org.esafety.policy.PartyKind.STAFF;
import static org.esafety.policy.PartyKind.UNKNOWN_EXTERNAL;
import static org.esafety.policy.PartyKind.VISITOR;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import org.esafety.policy.Category;
import org.esafety.policy.DslAssessment;
import org.esafety.policy.ExternalOutcome;
import org.esafety.policy.Legality;
import org.esafety.policy.ReportedLegality;
import org.esafety.rules.RuleSet;

/** legality.drl: category defaults, modifiers, the reporter's view and the order of precedence. */
class LegalityRulesTest {

    private static final Set<String> BASE_RULES = Set.of("LEG-040", "LEG-041", "LEG-042", "LEG-043");
    private static final Set<String> CONCLUDING_RULES = Set.of("LEG-050", "LEG-051", "LEG-052", "LEG-053", "LEG-054");

    private static RuleSet rules;

    @BeforeAll
    static void compile() {
        rules = Facts.compileRules();
    }

    @ParameterizedTest
    @CsvSource({
            "CHILD_SEXUAL_ABUSE_IMAGERY, ILLEGAL",
            "GROOMING_OR_SEXUAL_EXPLOITATION, ILLEGAL",
            "EXTREMIST_MATERIAL, UNCERTAIN",
            "HATE_MATERIAL, UNCERTAIN",
            "ADULT_PORNOGRAPHY, INAPPROPRIATE",
            "SELF_HARM_CONTENT, INAPPROPRIATE",
            "CYBERBULLYING, INAPPROPRIATE",
            "ONLINE_SEXUAL_HARASSMENT, UNCERTAIN",
            "UNAUTHORISED_ACCOUNT_ACCESS, ILLEGAL",
            "PASSWORD_SHARING, INAPPROPRIATE",
            "FILTER_CIRCUMVENTION, INAPPROPRIATE",
            "PERSONAL_DEVICE_MISUSE, INAPPROPRIATE",
            "NON_EDUCATIONAL_USE, INAPPROPRIATE",
            "COPYRIGHT_INFRINGEMENT, INAPPROPRIATE",
            "PERSONAL_DATA_BREACH, INAPPROPRIATE",
            "INAPPROPRIATE_COMMUNICATION, INAPPROPRIATE",
            "OFFENSIVE_MESSAGE, INAPPROPRIATE",
            "UNSUITABLE_CONTENT, INAPPROPRIATE",
            "OTHER, UNCERTAIN",
            "SHARING_NUDES, INAPPROPRIATE"
    })
    void shouldGiveEachCategoryItsDefaultLegality(Category category, Legality expected) {
        Facts.incident(category).instigator(CHILD, 14).victim(CHILD, 14).evaluate(rules).isLegality(expected);
    }

    @ParameterizedTest
    @EnumSource(Category.class)
    void shouldConcludeExactlyOneBaseAndOneFinalLegalityForEveryCategory(Category category) {
        for (Facts facts : new Facts[] {
                Facts.incident(category).instigator(STAFF).exposed(CHILD, 8),
                Facts.incident(category).instigator(CHILD, 15).reported(ReportedLegality.UNSURE),
                Facts.incident(category).instigator(UNKNOWN_EXTERNAL).dslAssessment(DslAssessment.ILLEGAL),
                Facts.incident(category).victim(CHILD, 12).externalOutcome(ExternalOutcome.NO_ILLEGAL_ACTIVITY)}) {
            Decision decision = facts.evaluate(rules);
            assertEquals(1, decision.fired().stream().filter(BASE_RULES::contains).count(), "one base legality: " + facts);
            assertEquals(1, decision.fired().stream().filter(CONCLUDING_RULES::contains).count(), "one legality: " + facts);
        }
    }

    @Test
    void shouldMakeExtremeOrObscenePornographyIllegal() {
        Facts.incident(ADULT_PORNOGRAPHY).instigator(CHILD, 16).with("extremeOrObscene").evaluate(rules)
                .isLegality(ILLEGAL);
    }

    @Test
    void shouldMakePornographyAnAdultShowsToAChildIllegal() {
        Facts.incident(ADULT_PORNOGRAPHY).instigator(VISITOR).exposed(CHILD, 10).evaluate(rules).isLegality(ILLEGAL);
        Facts.incident(ADULT_PORNOGRAPHY).instigator(STAFF).victim(CHILD, 10).evaluate(rules).isLegality(ILLEGAL);
        Facts.incident(ADULT_PORNOGRAPHY).instigator(CHILD, 18).exposed(CHILD, 14).evaluate(rules).isLegality(ILLEGAL);
    }

    @Test
    void shouldKeepPornographyOneChildShowsAnotherInappropriate() {
        Facts.incident(ADULT_PORNOGRAPHY).instigator(CHILD, 14).exposed(CHILD, 14).evaluate(rules)
                .isLegality(INAPPROPRIATE);
        Facts.incident(ADULT_PORNOGRAPHY).instigator(STAFF).evaluate(rules).isLegality(INAPPROPRIATE);
    }

    @Test
    void shouldMakeBullyingOrOffensiveMessagesWithThreatsUncertain() {
        Facts.incident(CYBERBULLYING).instigator(CHILD, 13).victim(CHILD, 13).with("threatsOrHarassment")
                .evaluate(rules).isLegality(UNCERTAIN);
        Facts.incident(OFFENSIVE_MESSAGE).instigator(CHILD, 13).with("threatsOrHarassment").evaluate(rules)
                .isLegality(UNCERTAIN);
    }

    @Test
    void shouldTreatAccountAccessByChildrenUnderTenOnlyAsInappropriate() {
        Facts.incident(UNAUTHORISED_ACCOUNT_ACCESS).instigator(CHILD, 9).instigator(CHILD, 8).evaluate(rules)
                .isLegality(INAPPROPRIATE);
    }

    @Test
    void shouldTreatAccountAccessAsIllegalWhenAnyInstigatorMayBeResponsible() {
        Facts.incident(UNAUTHORISED_ACCOUNT_ACCESS).instigator(CHILD, 9).instigator(CHILD, 10).evaluate(rules)
                .isLegality(ILLEGAL);
        Facts.incident(UNAUTHORISED_ACCOUNT_ACCESS).instigator(CHILD).evaluate(rules).isLegality(ILLEGAL);
        Facts.incident(UNAUTHORISED_ACCOUNT_ACCESS).victim(STAFF).evaluate(rules).isLegality(ILLEGAL);
    }

    @Test
    void shouldLetTheReporterRaiseButNeverLowerTheLegality() {
        Facts.incident(UNSUITABLE_CONTENT).exposed(CHILD, 10).reported(ReportedLegality.ILLEGAL).evaluate(rules)
                .isLegality(ILLEGAL);
        Facts.incident(UNSUITABLE_CONTENT).exposed(CHILD, 10).reported(ReportedLegality.UNSURE).evaluate(rules)
                .isLegality(UNCERTAIN);
        Facts.incident(OTHER).exposed(CHILD, 10).reported(ReportedLegality.INAPPROPRIATE).evaluate(rules)
                .isLegality(UNCERTAIN);
        Facts.incident(CHILD_SEXUAL_ABUSE_IMAGERY).exposed(CHILD, 10).reported(ReportedLegality.UNSURE)
                .evaluate(rules).isLegality(ILLEGAL);
    }

    @Test
    void shouldLetAnAgencysOutcomeOverrideTheDslAndTheFacts() {
        Facts.incident(UNSUITABLE_CONTENT).exposed(CHILD, 10).dslAssessment(DslAssessment.INAPPROPRIATE)
                .externalOutcome(ExternalOutcome.ILLEGAL_CONFIRMED).evaluate(rules).isLegality(ILLEGAL);
        Facts.incident(CHILD_SEXUAL_ABUSE_IMAGERY).exposed(CHILD, 10).dslAssessment(DslAssessment.ILLEGAL)
                .externalOutcome(ExternalOutcome.NO_ILLEGAL_ACTIVITY).evaluate(rules).isLegality(INAPPROPRIATE);
        Facts.incident(CHILD_SEXUAL_ABUSE_IMAGERY).exposed(CHILD, 10)
                .externalOutcome(ExternalOutcome.AGENCY_ADVISED_INTERNAL_HANDLING).evaluate(rules)
                .isLegality(INAPPROPRIATE);
    }

    @Test
    void shouldLetTheDslsAssessmentOverrideTheFactsWhenNoAgencyHasAnswered() {
        Facts.incident(UNSUITABLE_CONTENT).exposed(CHILD, 10).dslAssessment(DslAssessment.ILLEGAL).evaluate(rules)
                .isLegality(ILLEGAL);
        Facts.incident(OTHER).exposed(CHILD, 10).reported(ReportedLegality.ILLEGAL)
                .dslAssessment(DslAssessment.INAPPROPRIATE).evaluate(rules).isLegality(INAPPROPRIATE);
    }

    @Test
    void shouldCountEveryChildPartyWhenAnAdultShowsPornography() {
        Facts.incident(ADULT_PORNOGRAPHY).instigator(STAFF).exposed(CHILD, 18).evaluate(rules).isLegality(ILLEGAL);
    }

    @Test
    void shouldTreatAnIncidentWithoutAnyLegalityReasonAsUncertain() {
        Facts.incident(Category.SHARING_NUDES).instigator(CHILD, 15).victim(CHILD, 15).nudesPolicy(null)
                .evaluate(rules).isLegality(UNCERTAIN).firedRule("LEG-043").requires("SECURE_EVIDENCE", "CONSULT_HELPLINE");
    }
}
