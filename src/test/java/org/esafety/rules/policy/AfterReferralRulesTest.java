package org.esafety.rules.policy;

import static org.esafety.policy.Category.CHILD_SEXUAL_ABUSE_IMAGERY;
import static org.esafety.policy.Category.HATE_MATERIAL;
import static org.esafety.policy.Legality.ILLEGAL;
import static org.esafety.policy.Legality.INAPPROPRIATE;
import static org.esafety.policy.PartyKind.CHILD;
import static org.esafety.policy.PartyKind.HEADTEACHER;
import static org.esafety.policy.PartyKind.STAFF;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.esafety.policy.DslAssessment;
import org.esafety.policy.ExternalOutcome;
import org.esafety.policy.Responsible;
import org.esafety.rules.RuleSet;

/** after-referral.drl: what an agency's answer adds at reassessment. */
class AfterReferralRulesTest {

    private static RuleSet rules;

    @BeforeAll
    static void compile() {
        rules = Facts.compileRules();
    }

    @Test
    void shouldLetThePoliceFinishAndSeekAdviceWhenIllegalActivityIsConfirmed() {
        Facts.incident(HATE_MATERIAL).instigator(CHILD, 15).externalOutcome(ExternalOutcome.ILLEGAL_CONFIRMED)
                .evaluate(rules)
                .isLegality(ILLEGAL).instructs("ALLOW_POLICE_INVESTIGATION", "HOLD_SANCTIONS")
                .requires("SEEK_LA_ADVICE", "REFER_TO_POLICE").doesNotRequire("CONSIDER_DBS_REFERRAL")
                .hasNoSanction();
    }

    @Test
    void shouldConsiderADbsReferralWhenIllegalActivityByStaffIsConfirmed() {
        Facts.incident(CHILD_SEXUAL_ABUSE_IMAGERY).instigator(STAFF).externalOutcome(ExternalOutcome.ILLEGAL_CONFIRMED)
                .evaluate(rules).requires("CONSIDER_DBS_REFERRAL", "CONSIDER_SUSPENSION");
        Decision decision = Facts.incident(CHILD_SEXUAL_ABUSE_IMAGERY).instigator(HEADTEACHER)
                .externalOutcome(ExternalOutcome.ILLEGAL_CONFIRMED).evaluate(rules).requires("CONSIDER_DBS_REFERRAL");
        assertEquals(Responsible.CHAIR_OF_GOVERNORS, decision.responsibleFor("CONSIDER_DBS_REFERRAL"));
    }

    @Test
    void shouldRevertToInternalProceduresWhenNoIllegalActivityIsFound() {
        Facts.incident(CHILD_SEXUAL_ABUSE_IMAGERY).instigator(CHILD, 15).set("deliberate", true)
                .externalOutcome(ExternalOutcome.NO_ILLEGAL_ACTIVITY).evaluate(rules)
                .isLegality(INAPPROPRIATE).requires("REVERT_TO_INTERNAL_PROCEDURES", "APPLY_BEHAVIOUR_POLICY")
                .doesNotRequire("REFER_TO_POLICE", "SECURE_EVIDENCE", "SEEK_LA_ADVICE")
                .doesNotInstruct("ALLOW_POLICE_INVESTIGATION", "HOLD_SANCTIONS", "DO_NOT_INVESTIGATE");
    }

    @Test
    void shouldNotRevertToInternalProceduresOnTheDslsAssessmentAlone() {
        Facts.incident(HATE_MATERIAL).instigator(CHILD, 15).dslAssessment(DslAssessment.INAPPROPRIATE)
                .evaluate(rules).doesNotRequire("REVERT_TO_INTERNAL_PROCEDURES", "SEEK_LA_ADVICE");
    }
}
