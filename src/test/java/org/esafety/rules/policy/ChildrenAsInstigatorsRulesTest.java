package org.esafety.rules.policy;

import static org.esafety.policy.Category.CYBERBULLYING;
import static org.esafety.policy.Category.FILTER_CIRCUMVENTION;
import static org.esafety.policy.Category.NON_EDUCATIONAL_USE;
import static org.esafety.policy.Category.OFFENSIVE_MESSAGE;
import static org.esafety.policy.Category.ONLINE_SEXUAL_HARASSMENT;
import static org.esafety.policy.Category.SELF_HARM_CONTENT;
import static org.esafety.policy.Category.SHARING_NUDES;
import static org.esafety.policy.Category.UNAUTHORISED_ACCOUNT_ACCESS;
import static org.esafety.policy.Category.UNSUITABLE_CONTENT;
import static org.esafety.policy.PartyKind.CHILD;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.esafety.policy.DslAssessment;
import org.esafety.rules.RuleSet;

/** children-as-instigators.drl: the anti-bullying and behaviour policies for pupil instigators. */
class ChildrenAsInstigatorsRulesTest {

    private static RuleSet rules;

    @BeforeAll
    static void compile() {
        rules = Facts.compileRules();
    }

    @Test
    void shouldApplyTheAntiBullyingPolicyToAPupilWhoBulliesOnline() {
        Facts.incident(CYBERBULLYING).instigator(CHILD, 12).victim(CHILD, 12).set("deliberate", true)
                .evaluate(rules)
                .requires("APPLY_ANTI_BULLYING_POLICY", "SUPPORT_CHILD_VICTIM", "INFORM_PARENTS")
                .doesNotRequire("APPLY_BEHAVIOUR_POLICY").doesNotInstruct("HOLD_SANCTIONS", "NO_SANCTION");
        Facts.incident(OFFENSIVE_MESSAGE).instigator(CHILD, 12).evaluate(rules).requires("APPLY_ANTI_BULLYING_POLICY");
    }

    @Test
    void shouldApplyTheAntiBullyingPolicyToSexualHarassmentOnceTheDslFindsItInappropriate() {
        Facts.incident(ONLINE_SEXUAL_HARASSMENT).instigator(CHILD, 14).victim(CHILD, 14).evaluate(rules)
                .instructs("HOLD_SANCTIONS").hasNoSanction();
        Facts.incident(ONLINE_SEXUAL_HARASSMENT).instigator(CHILD, 14).victim(CHILD, 14)
                .dslAssessment(DslAssessment.INAPPROPRIATE).evaluate(rules)
                .requires("APPLY_ANTI_BULLYING_POLICY").doesNotInstruct("HOLD_SANCTIONS");
    }

    @Test
    void shouldApplyTheBehaviourPolicyToOtherMisuseByAPupil() {
        Facts.incident(NON_EDUCATIONAL_USE).instigator(CHILD, 10).evaluate(rules)
                .requires("APPLY_BEHAVIOUR_POLICY").doesNotRequire("APPLY_ANTI_BULLYING_POLICY");
        Facts.incident(FILTER_CIRCUMVENTION).instigator(CHILD, 15).evaluate(rules)
                .requires("APPLY_BEHAVIOUR_POLICY", "FIX_FILTER_BYPASS");
    }

    @Test
    void shouldApplyTheBehaviourPolicyToAccountAccessByAPupilUnderTen() {
        Facts.incident(UNAUTHORISED_ACCOUNT_ACCESS).instigator(CHILD, 9).evaluate(rules)
                .requires("APPLY_BEHAVIOUR_POLICY").doesNotInstruct("HOLD_SANCTIONS");
    }

    @Test
    void shouldGiveNoSanctionForANoBlameIncident() {
        Facts.incident(UNSUITABLE_CONTENT).instigator(CHILD, 10).noBlame().evaluate(rules)
                .instructs("NO_SANCTION").hasNoSanction();
    }

    @Test
    void shouldStillSanctionAccidentalMisuseThatWasNotReportedPromptly() {
        Facts.incident(UNSUITABLE_CONTENT).instigator(CHILD, 10).set("deliberate", false)
                .set("reportedPromptly", false).evaluate(rules)
                .requires("APPLY_BEHAVIOUR_POLICY").doesNotInstruct("NO_SANCTION");
    }

    @Test
    void shouldNeverSanctionSharingNudesOrSelfHarmContentByRule() {
        Facts.incident(SHARING_NUDES).instigator(CHILD, 15).victim(CHILD, 15).set("deliberate", true)
                .evaluate(rules).hasNoSanction();
        Facts.incident(SELF_HARM_CONTENT).instigator(CHILD, 13).exposed(CHILD, 13).set("deliberate", true)
                .evaluate(rules).hasNoSanction();
    }

    @Test
    void shouldHoldSanctionsForBullyingWithThreatsUntilTheDslFindsItInappropriate() {
        Facts.incident(CYBERBULLYING).instigator(CHILD, 13).victim(CHILD, 13).with("threatsOrHarassment")
                .evaluate(rules).instructs("HOLD_SANCTIONS").hasNoSanction();
        Facts.incident(CYBERBULLYING).instigator(CHILD, 13).victim(CHILD, 13).with("threatsOrHarassment")
                .dslAssessment(DslAssessment.INAPPROPRIATE).evaluate(rules)
                .requires("APPLY_ANTI_BULLYING_POLICY").doesNotInstruct("HOLD_SANCTIONS");
    }
}
