package org.esafety.rules.policy;

import static org.esafety.policy.Category.ADULT_PORNOGRAPHY;
import static org.esafety.policy.Category.CHILD_SEXUAL_ABUSE_IMAGERY;
import static org.esafety.policy.Category.EXTREMIST_MATERIAL;
import static org.esafety.policy.Category.GROOMING_OR_SEXUAL_EXPLOITATION;
import static org.esafety.policy.Category.HATE_MATERIAL;
import static org.esafety.policy.Category.ONLINE_SEXUAL_HARASSMENT;
import static org.esafety.policy.Category.OTHER;
import static org.esafety.policy.Category.UNAUTHORISED_ACCOUNT_ACCESS;
import static org.esafety.policy.Category.UNSUITABLE_CONTENT;
import static org.esafety.policy.Legality.ILLEGAL;
import static org.esafety.policy.Legality.INAPPROPRIATE;
import static org.esafety.policy.Legality.UNCERTAIN;
import static org.esafety.policy.PartyKind.CHILD;
import static org.esafety.policy.PartyKind.STAFF;
import static org.esafety.policy.PartyKind.UNKNOWN_EXTERNAL;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.esafety.rules.RuleSet;

/** illegal-content.drl: evidence, helpline, governing body, the agencies, extremism, images. */
class IllegalContentRulesTest {

    private static RuleSet rules;

    @BeforeAll
    static void compile() {
        rules = Facts.compileRules();
    }

    @Test
    void shouldReferAbuseImageryShowingAPupilToPoliceIwfAndSocialCare() {
        Facts.incident(CHILD_SEXUAL_ABUSE_IMAGERY).instigator(UNKNOWN_EXTERNAL).victim(CHILD, 13).url()
                .evaluate(rules)
                .isLegality(ILLEGAL)
                .requires("SECURE_EVIDENCE", "REFER_TO_POLICE", "INFORM_LA", "REPORT_URL_TO_IWF",
                        "REFER_TO_CHILDRENS_SOCIAL_CARE", "FOLLOW_UP_SOCIAL_CARE_DECISION", "REPORT_TO_GOVERNING_BODY",
                        "BLOCK_URL")
                .instructs("DO_NOT_INVESTIGATE", "DO_NOT_VIEW_OR_COPY_IMAGES")
                .doesNotRequire("CONSULT_HELPLINE", "REPORT_TO_CEOP");
    }

    @Test
    void shouldNotReportToTheIwfWithoutAUrlNorReferToSocialCareWithoutAPupilShown() {
        Facts.incident(CHILD_SEXUAL_ABUSE_IMAGERY).exposed(CHILD, 14).evaluate(rules)
                .requires("REFER_TO_POLICE", "INFORM_LA")
                .doesNotRequire("REPORT_URL_TO_IWF", "REFER_TO_CHILDRENS_SOCIAL_CARE");
    }

    @Test
    void shouldSendIllegalAdultPornographyToThePoliceNeverTheIwf() {
        Facts.incident(ADULT_PORNOGRAPHY).instigator(CHILD, 16).with("extremeOrObscene").url().evaluate(rules)
                .isLegality(ILLEGAL).requires("REFER_TO_POLICE", "INFORM_LA", "BLOCK_URL")
                .doesNotRequire("REPORT_URL_TO_IWF");
    }

    @Test
    void shouldReportGroomingToCeopPoliceAndSocialCare() {
        Facts.incident(GROOMING_OR_SEXUAL_EXPLOITATION).instigator(UNKNOWN_EXTERNAL).victim(CHILD, 12)
                .evaluate(rules)
                .requires("REPORT_TO_CEOP", "REFER_TO_POLICE", "INFORM_LA", "REFER_TO_CHILDRENS_SOCIAL_CARE",
                        "FOLLOW_UP_SOCIAL_CARE_DECISION")
                .instructs("DO_NOT_VIEW_OR_COPY_IMAGES");
    }

    @Test
    void shouldLetTheHeadteacherDecideOnThePoliceForASingleAccountAccess() {
        Facts.incident(UNAUTHORISED_ACCOUNT_ACCESS).instigator(CHILD, 14).victim(CHILD, 14).evaluate(rules)
                .isLegality(ILLEGAL).requires("DECIDE_POLICE_REFERRAL", "REPORT_TO_GOVERNING_BODY", "SECURE_EVIDENCE")
                .doesNotRequire("REFER_TO_POLICE", "INFORM_LA");
    }

    @Test
    void shouldReferRepeatedOrHarmfulAccountAccessToThePolice() {
        Facts.incident(UNAUTHORISED_ACCOUNT_ACCESS).instigator(CHILD, 14).with("repeated").evaluate(rules)
                .requires("REFER_TO_POLICE", "INFORM_LA").doesNotRequire("DECIDE_POLICE_REFERRAL");
        Facts.incident(UNAUTHORISED_ACCOUNT_ACCESS).instigator(CHILD, 14).with("riskOfSignificantHarm")
                .evaluate(rules)
                .requires("REFER_TO_POLICE", "INFORM_LA").doesNotRequire("DECIDE_POLICE_REFERRAL");
    }

    @Test
    void shouldConsultTheHelplineAboutAnUncertainIncidentWithoutReferring() {
        Facts.incident(HATE_MATERIAL).instigator(CHILD, 15).evaluate(rules)
                .isLegality(UNCERTAIN).requires("CONSULT_HELPLINE", "SECURE_EVIDENCE").instructs("DO_NOT_INVESTIGATE")
                .doesNotRequire("REFER_TO_POLICE", "INFORM_LA", "REPORT_TO_GOVERNING_BODY");
    }

    @Test
    void shouldNotSecureEvidenceOfAMerelyInappropriateIncident() {
        Facts.incident(UNSUITABLE_CONTENT).instigator(CHILD, 11).evaluate(rules)
                .isLegality(INAPPROPRIATE).doesNotRequire("SECURE_EVIDENCE", "CONSULT_HELPLINE", "REFER_TO_POLICE")
                .doesNotInstruct("DO_NOT_INVESTIGATE", "DO_NOT_VIEW_OR_COPY_IMAGES");
    }

    @Test
    void shouldReportExtremistContentAndAssessThePupilsWelfareWhateverTheLegality() {
        Facts.incident(EXTREMIST_MATERIAL).exposed(CHILD, 13).url().evaluate(rules)
                .requires("REPORT_TERRORIST_CONTENT", "DSL_WELFARE_ASSESSMENT", "CONSULT_HELPLINE", "BLOCK_URL")
                .doesNotRequire("PREVENT_REFERRAL");
        Facts.incident(EXTREMIST_MATERIAL).instigator(STAFF).url()
                .dslAssessment(org.esafety.policy.DslAssessment.INAPPROPRIATE).evaluate(rules)
                .requires("REPORT_TERRORIST_CONTENT").doesNotRequire("DSL_WELFARE_ASSESSMENT");
    }

    @Test
    void shouldReferARadicalisationConcernToPreventInAnyCategory() {
        Facts.incident(OTHER).instigator(CHILD, 15).with("radicalisationConcern").evaluate(rules)
                .requires("PREVENT_REFERRAL");
    }

    @Test
    void shouldForbidViewingImagesInSexualHarassment() {
        Facts.incident(ONLINE_SEXUAL_HARASSMENT).instigator(CHILD, 14).victim(CHILD, 14).evaluate(rules)
                .instructs("DO_NOT_VIEW_OR_COPY_IMAGES");
    }
}
