package org.esafety.rules.policy;

import static org.esafety.policy.Category.SHARING_NUDES;
import static org.esafety.policy.Legality.ILLEGAL;
import static org.esafety.policy.Legality.INAPPROPRIATE;
import static org.esafety.policy.Legality.UNCERTAIN;
import static org.esafety.policy.PartyKind.CHILD;
import static org.esafety.policy.PartyKind.STAFF;
import static org.esafety.policy.PartyKind.UNKNOWN_EXTERNAL;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.esafety.policy.DeadlineKind;
import org.esafety.policy.DslAssessment;
import org.esafety.policy.PartyRole;
import org.esafety.policy.ReportedLegality;
import org.esafety.rules.RuleSet;

/** sharing-nudes.drl: aggravating factors, the legality of sharing nudes and the DSL's initial review. */
class SharingNudesRulesTest {

    private static RuleSet rules;

    @BeforeAll
    static void compile() {
        rules = Facts.compileRules();
    }

    private static Facts twoFifteenYearOlds() {
        return Facts.incident(SHARING_NUDES).instigator(CHILD, 15).victim(CHILD, 15).set("deliberate", true);
    }

    @Test
    void shouldHandleSharingBetweenTwoTeenagersWithoutFactorsInSchool() {
        twoFifteenYearOlds().evaluate(rules)
                .isLegality(INAPPROPRIATE)
                .requires("DSL_INITIAL_REVIEW", "REPORT_TO_DSL", "LOG_INCIDENT", "INFORM_PARENTS", "SUPPORT_CHILD_VICTIM")
                .instructs("DO_NOT_VIEW_OR_COPY_IMAGES")
                .doesNotRequire("REFER_TO_POLICE", "REFER_TO_CHILDRENS_SOCIAL_CARE", "REPORT_TO_CEOP", "INFORM_LA",
                        "SECURE_EVIDENCE")
                .hasNoSanction()
                .doesNotInstruct("HOLD_SANCTIONS");
    }

    @Test
    void shouldCountTheReportersIllegalOnlyAsUnsure() {
        twoFifteenYearOlds().reported(ReportedLegality.ILLEGAL).evaluate(rules)
                .isLegality(UNCERTAIN).requires("CONSULT_HELPLINE", "SECURE_EVIDENCE", "DSL_INITIAL_REVIEW")
                .doesNotRequire("REFER_TO_POLICE").hasNoSanction();
        twoFifteenYearOlds().reported(ReportedLegality.UNSURE).evaluate(rules).isLegality(UNCERTAIN);
        twoFifteenYearOlds().reported(ReportedLegality.INAPPROPRIATE).evaluate(rules).isLegality(INAPPROPRIATE);
    }

    @Test
    void shouldReferBlackmailOfAChildByAnUnknownAdultToPoliceCeopAndSocialCare() {
        Facts.incident(SHARING_NUDES).instigator(UNKNOWN_EXTERNAL).victim(CHILD, 15).with("coercionOrBlackmail")
                .evaluate(rules)
                .isLegality(ILLEGAL)
                .firedRule("NUD-001").firedRule("NUD-002")
                .requires("REFER_TO_POLICE", "INFORM_LA", "REFER_TO_CHILDRENS_SOCIAL_CARE", "REPORT_TO_CEOP",
                        "FOLLOW_UP_SOCIAL_CARE_DECISION", "SECURE_EVIDENCE", "DSL_INITIAL_REVIEW",
                        "REPORT_TO_GOVERNING_BODY", "INFORM_PARENTS")
                .hasDeadline("INFORM_PARENTS", DeadlineKind.ONE_WORKING_DAY)
                .hasDeadline("SUPPORT_CHILD_VICTIM", DeadlineKind.SAME_DAY)
                .instructs("DO_NOT_VIEW_OR_COPY_IMAGES", "DO_NOT_INVESTIGATE", "AGREE_PARENT_CONTACT_WITH_AGENCY")
                .doesNotRequire("CONSULT_HELPLINE", "REPORT_URL_TO_IWF")
                .doesNotInstruct("HOLD_SANCTIONS");
    }

    @Test
    void shouldTreatAnAdultRecipientAsAggravating() {
        Facts.incident(SHARING_NUDES).instigator(CHILD, 15).victim(STAFF).evaluate(rules).isLegality(ILLEGAL)
                .requires("REFER_TO_POLICE").doesNotRequire("REPORT_TO_CEOP");
        Facts.incident(SHARING_NUDES).instigator(CHILD, 16).victim(CHILD, 18).evaluate(rules).isLegality(ILLEGAL);
    }

    @Test
    void shouldNeverLetAWitnessOrExposedAdultAggravate() {
        Facts.incident(SHARING_NUDES).instigator(CHILD, 15).victim(CHILD, 15)
                .party(PartyRole.WITNESS, STAFF, null, null).party(PartyRole.EXPOSED, STAFF, null, null)
                .party(PartyRole.WITNESS, CHILD, null, 11)
                .evaluate(rules).isLegality(INAPPROPRIATE).didNotFire("NUD-001").didNotFire("NUD-004");
    }

    @Test
    void shouldTreatAChildUnderThirteenAsAggravating() {
        Facts.incident(SHARING_NUDES).instigator(CHILD, 12).victim(CHILD, 12).evaluate(rules)
                .isLegality(ILLEGAL).firedRule("NUD-004")
                .requires("REFER_TO_POLICE", "REFER_TO_CHILDRENS_SOCIAL_CARE").doesNotRequire("REPORT_TO_CEOP");
    }

    @Test
    void shouldNotTreatAnUnknownAgeAsUnderThirteen() {
        Facts.incident(SHARING_NUDES).instigator(CHILD).victim(CHILD).evaluate(rules).isLegality(INAPPROPRIATE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"coercionOrBlackmail", "capacityToConsentConcern", "unusualOrViolentSexualActs",
            "immediateDanger", "riskOfSignificantHarm"})
    void shouldMakeSharingNudesIllegalForEachAggravatingCircumstance(String flag) {
        twoFifteenYearOlds().with(flag).evaluate(rules).isLegality(ILLEGAL)
                .requires("REFER_TO_POLICE", "INFORM_LA", "REFER_TO_CHILDRENS_SOCIAL_CARE");
    }

    @Test
    void shouldReportCoercionToCeopButNotAnUnaggravatedPeerCase() {
        twoFifteenYearOlds().with("coercionOrBlackmail").evaluate(rules).requires("REPORT_TO_CEOP");
        twoFifteenYearOlds().with("unusualOrViolentSexualActs").evaluate(rules).doesNotRequire("REPORT_TO_CEOP");
    }

    @Test
    void shouldSendEveryCaseToThePoliceUnderAnAlwaysPoliceProfile() {
        twoFifteenYearOlds().offordProfile().evaluate(rules)
                .isLegality(ILLEGAL).requires("REFER_TO_POLICE", "INFORM_LA", "REFER_TO_CHILDRENS_SOCIAL_CARE",
                        "DSL_INITIAL_REVIEW")
                .instructs("HOLD_SANCTIONS").hasNoSanction();
    }

    @Test
    void shouldLetTheDslsInitialReviewSettleAnUncertainCase() {
        twoFifteenYearOlds().reported(ReportedLegality.ILLEGAL).dslAssessment(DslAssessment.INAPPROPRIATE)
                .evaluate(rules)
                .isLegality(INAPPROPRIATE).doesNotRequire("REFER_TO_POLICE", "SECURE_EVIDENCE", "CONSULT_HELPLINE")
                .doesNotInstruct("HOLD_SANCTIONS").hasNoSanction();
    }

    @Test
    void shouldReviewEveryCaseWithTheDsl() {
        Facts.incident(SHARING_NUDES).victim(CHILD, 16).evaluate(rules).requires("DSL_INITIAL_REVIEW");
    }
}
