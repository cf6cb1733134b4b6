package org.esafety.rules.policy;

import static org.esafety.policy.Category.ADULT_PORNOGRAPHY;
import static org.esafety.policy.Category.CHILD_SEXUAL_ABUSE_IMAGERY;
import static org.esafety.policy.Category.CYBERBULLYING;
import static org.esafety.policy.Category.HATE_MATERIAL;
import static org.esafety.policy.Category.INAPPROPRIATE_COMMUNICATION;
import static org.esafety.policy.Category.UNAUTHORISED_ACCOUNT_ACCESS;
import static org.esafety.policy.Category.UNSUITABLE_CONTENT;
import static org.esafety.policy.Legality.ILLEGAL;
import static org.esafety.policy.Legality.INAPPROPRIATE;
import static org.esafety.policy.PartyKind.CHILD;
import static org.esafety.policy.PartyKind.PARENT;
import static org.esafety.policy.PartyKind.STAFF;
import static org.esafety.policy.PartyKind.UNKNOWN_EXTERNAL;
import static org.esafety.policy.PartyKind.VISITOR;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.esafety.policy.DslAssessment;
import org.esafety.policy.ExternalOutcome;
import org.esafety.rules.RuleSet;

/** holds.drl: when sanctions wait, when the wait ends, the LADO's "do not investigate", no-blame. */
class HoldsRulesTest {

    private static RuleSet rules;

    @BeforeAll
    static void compile() {
        rules = Facts.compileRules();
    }

    @Test
    void shouldHoldSanctionsWhileAnIllegalIncidentByAPupilIsWithTheAgencies() {
        Facts.incident(UNAUTHORISED_ACCOUNT_ACCESS).instigator(CHILD, 14).set("deliberate", true).evaluate(rules)
                .isLegality(ILLEGAL).instructs("HOLD_SANCTIONS").hasNoSanction().firedRule("HLD-001");
    }

    @Test
    void shouldHoldSanctionsWhileAnUncertainIncidentIsUnresolved() {
        Facts.incident(HATE_MATERIAL).instigator(CHILD, 15).set("deliberate", true).evaluate(rules)
                .instructs("HOLD_SANCTIONS").hasNoSanction();
    }

    @Test
    void shouldNotHoldANoBlameIncidentThatHasNoLadoReferral() {
        Facts.incident(CHILD_SEXUAL_ABUSE_IMAGERY).instigator(CHILD, 14).noBlame().evaluate(rules)
                .doesNotInstruct("HOLD_SANCTIONS").instructs("NO_SANCTION").hasNoSanction();
    }

    @Test
    void shouldNotHoldWhenOnlyAParentOrOutsiderIsAnInstigator() {
        Facts.incident(CHILD_SEXUAL_ABUSE_IMAGERY).instigator(PARENT).victim(CHILD, 7).set("parentsInvolved", false)
                .evaluate(rules).doesNotInstruct("HOLD_SANCTIONS");
        Facts.incident(CHILD_SEXUAL_ABUSE_IMAGERY).instigator(UNKNOWN_EXTERNAL).victim(CHILD, 7).evaluate(rules)
                .doesNotInstruct("HOLD_SANCTIONS");
    }

    @Test
    void shouldHoldForAVisitorInstigatorButStillWithdrawTheirAccess() {
        Facts.incident(ADULT_PORNOGRAPHY).instigator(VISITOR).exposed(CHILD, 9).evaluate(rules)
                .instructs("HOLD_SANCTIONS").requires("WITHDRAW_INTERNET_ACCESS");
    }

    @Test
    void shouldKeepTheHoldWhenTheDslJudgesAnIllegalIncidentInappropriate() {
        Facts.incident(UNAUTHORISED_ACCOUNT_ACCESS).instigator(CHILD, 14).set("deliberate", true)
                .dslAssessment(DslAssessment.INAPPROPRIATE).evaluate(rules)
                .isLegality(INAPPROPRIATE).instructs("HOLD_SANCTIONS").firedRule("HLD-002").hasNoSanction()
                .doesNotRequire("SECURE_EVIDENCE", "DECIDE_POLICE_REFERRAL");
    }

    @Test
    void shouldEndTheHoldWhenTheDslJudgesAnUncertainIncidentInappropriate() {
        Facts.incident(HATE_MATERIAL).instigator(CHILD, 15).set("deliberate", true)
                .dslAssessment(DslAssessment.INAPPROPRIATE).evaluate(rules)
                .doesNotInstruct("HOLD_SANCTIONS").requires("APPLY_BEHAVIOUR_POLICY")
                .doesNotRequire("REVERT_TO_INTERNAL_PROCEDURES");
    }

    @Test
    void shouldEndTheHoldWhenAnAgencyFindsNoIllegalActivity() {
        Facts.incident(UNAUTHORISED_ACCOUNT_ACCESS).instigator(CHILD, 14).set("deliberate", true)
                .externalOutcome(ExternalOutcome.NO_ILLEGAL_ACTIVITY).evaluate(rules)
                .doesNotInstruct("HOLD_SANCTIONS").requires("APPLY_BEHAVIOUR_POLICY", "REVERT_TO_INTERNAL_PROCEDURES");
    }

    @Test
    void shouldKeepTheHoldWhenIllegalActivityIsConfirmed() {
        Facts.incident(UNAUTHORISED_ACCOUNT_ACCESS).instigator(CHILD, 14).set("deliberate", true)
                .externalOutcome(ExternalOutcome.ILLEGAL_CONFIRMED).evaluate(rules)
                .instructs("HOLD_SANCTIONS").hasNoSanction();
    }

    @Test
    void shouldHoldSanctionsAndForbidEnquiriesWhileTheLadoIsInvolved() {
        Facts.incident(UNSUITABLE_CONTENT).instigator(STAFF).exposed(CHILD, 9).set("deliberate", true)
                .evaluate(rules)
                .isLegality(INAPPROPRIATE).requires("REFER_TO_LADO").firedRule("HLD-003").firedRule("HLD-004")
                .instructs("HOLD_SANCTIONS", "DO_NOT_INVESTIGATE").hasNoSanction();
    }

    @Test
    void shouldKeepTheLadoHoldWhenTheDslAssessesAnIncidentTheFactsMakeInappropriate() {
        Facts.incident(INAPPROPRIATE_COMMUNICATION).instigator(STAFF).victim(CHILD, 15).set("deliberate", true)
                .dslAssessment(DslAssessment.INAPPROPRIATE).evaluate(rules)
                .instructs("HOLD_SANCTIONS", "DO_NOT_INVESTIGATE").hasNoSanction();
    }

    @Test
    void shouldEndTheLadoHoldWhenTheDslFindsAnUncertainIncidentInappropriate() {
        Facts.incident(HATE_MATERIAL).instigator(STAFF).set("deliberate", true).evaluate(rules)
                .requires("REFER_TO_LADO").instructs("HOLD_SANCTIONS", "DO_NOT_INVESTIGATE").hasNoSanction();
        Facts.incident(HATE_MATERIAL).instigator(STAFF).set("deliberate", true)
                .dslAssessment(DslAssessment.INAPPROPRIATE).evaluate(rules)
                .requires("REFER_TO_LADO", "STAFF_DISCIPLINARY").doesNotInstruct("HOLD_SANCTIONS", "DO_NOT_INVESTIGATE")
                .doesNotRequire("REVERT_TO_INTERNAL_PROCEDURES");
    }

    @Test
    void shouldEndTheLadoHoldWhenTheAgencyHandsTheCaseBack() {
        Facts.incident(UNSUITABLE_CONTENT).instigator(STAFF).exposed(CHILD, 9).set("deliberate", true)
                .externalOutcome(ExternalOutcome.AGENCY_ADVISED_INTERNAL_HANDLING).evaluate(rules)
                .requires("REFER_TO_LADO", "STAFF_DISCIPLINARY", "REVERT_TO_INTERNAL_PROCEDURES")
                .doesNotInstruct("HOLD_SANCTIONS", "DO_NOT_INVESTIGATE");
    }

    @Test
    void shouldGiveNoSanctionAndStillHoldForTheLadoInANoBlameCase() {
        Facts.incident(ADULT_PORNOGRAPHY).instigator(STAFF).noBlame().evaluate(rules)
                .requires("REFER_TO_LADO").instructs("NO_SANCTION", "HOLD_SANCTIONS", "DO_NOT_INVESTIGATE")
                .hasNoSanction();
        Facts.incident(ADULT_PORNOGRAPHY).instigator(STAFF).noBlame()
                .externalOutcome(ExternalOutcome.NO_ILLEGAL_ACTIVITY).evaluate(rules)
                .instructs("NO_SANCTION").doesNotInstruct("HOLD_SANCTIONS").hasNoSanction();
    }

    @Test
    void shouldNeverHoldSuspensionOrWithdrawal() {
        Facts.incident(CHILD_SEXUAL_ABUSE_IMAGERY).instigator(STAFF).instigator(VISITOR).exposed(CHILD, 10)
                .evaluate(rules)
                .instructs("HOLD_SANCTIONS").requires("CONSIDER_SUSPENSION", "WITHDRAW_INTERNET_ACCESS");
    }

    @Test
    void shouldNotHoldAnInappropriateIncidentWithoutTheLado() {
        Facts.incident(CYBERBULLYING).instigator(CHILD, 12).victim(CHILD, 12).evaluate(rules)
                .doesNotInstruct("HOLD_SANCTIONS").requires("APPLY_ANTI_BULLYING_POLICY");
    }
}
