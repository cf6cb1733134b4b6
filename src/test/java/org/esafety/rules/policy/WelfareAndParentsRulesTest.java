package org.esafety.rules.policy;

import static org.esafety.policy.Category.CHILD_SEXUAL_ABUSE_IMAGERY;
import static org.esafety.policy.Category.CYBERBULLYING;
import static org.esafety.policy.Category.HATE_MATERIAL;
import static org.esafety.policy.Category.NON_EDUCATIONAL_USE;
import static org.esafety.policy.Category.SELF_HARM_CONTENT;
import static org.esafety.policy.Category.UNSUITABLE_CONTENT;
import static org.esafety.policy.PartyKind.CHILD;
import static org.esafety.policy.PartyKind.HEADTEACHER;
import static org.esafety.policy.PartyKind.PARENT;
import static org.esafety.policy.PartyKind.STAFF;
import static org.esafety.policy.PartyKind.UNKNOWN_EXTERNAL;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.esafety.policy.DeadlineKind;
import org.esafety.rules.RuleSet;

/** welfare-and-parents.drl: victims' support, welfare assessments and informing parents. */
class WelfareAndParentsRulesTest {

    private static RuleSet rules;

    @BeforeAll
    static void compile() {
        rules = Facts.compileRules();
    }

    @Test
    void shouldSupportAPupilVictimAndInformTheParentsByDefault() {
        Facts.incident(CYBERBULLYING).instigator(CHILD, 12).victim(CHILD, 12).evaluate(rules)
                .hasDeadline("SUPPORT_CHILD_VICTIM", DeadlineKind.WORKING_DAYS_5)
                .hasDeadline("INFORM_PARENTS", DeadlineKind.WORKING_DAYS_5)
                .doesNotInstruct("AGREE_PARENT_CONTACT_WITH_AGENCY", "DO_NOT_INFORM_PARENTS");
    }

    @Test
    void shouldSupportAPupilAndInformTheParentsTheSameDayWhenTheIncidentMayBeIllegal() {
        Facts.incident(HATE_MATERIAL).instigator(CHILD, 14).victim(CHILD, 12).evaluate(rules)
                .hasDeadline("SUPPORT_CHILD_VICTIM", DeadlineKind.SAME_DAY)
                .hasDeadline("INFORM_PARENTS", DeadlineKind.SAME_DAY)
                .doesNotInstruct("AGREE_PARENT_CONTACT_WITH_AGENCY");
    }

    @Test
    void shouldInformTheParentsOfAnInstigatorOnlyByDefaultWhenNoPupilWasHarmed() {
        Facts.incident(HATE_MATERIAL).instigator(CHILD, 14).evaluate(rules)
                .hasDeadline("INFORM_PARENTS", DeadlineKind.WORKING_DAYS_5).doesNotRequire("SUPPORT_CHILD_VICTIM");
    }

    @Test
    void shouldAgreeWhatParentsAreToldWithTheAgencyAfterAReferral() {
        Facts.incident(CHILD_SEXUAL_ABUSE_IMAGERY).instigator(UNKNOWN_EXTERNAL).victim(CHILD, 14).evaluate(rules)
                .hasDeadline("INFORM_PARENTS", DeadlineKind.ONE_WORKING_DAY)
                .instructs("AGREE_PARENT_CONTACT_WITH_AGENCY");
        Facts.incident(UNSUITABLE_CONTENT).instigator(STAFF).exposed(CHILD, 9).evaluate(rules)
                .requires("REFER_TO_LADO").hasDeadline("INFORM_PARENTS", DeadlineKind.ONE_WORKING_DAY)
                .instructs("AGREE_PARENT_CONTACT_WITH_AGENCY");
    }

    @Test
    void shouldAgreeParentContactOnlyAlongsideInformingParents() {
        Facts.incident(NON_EDUCATIONAL_USE).instigator(STAFF).with("harmThresholdMet").evaluate(rules)
                .requires("REFER_TO_LADO").doesNotRequire("INFORM_PARENTS")
                .doesNotInstruct("AGREE_PARENT_CONTACT_WITH_AGENCY");
    }

    @Test
    void shouldReferToSocialCareAndNeverTellParentsWhoAreInvolved() {
        Facts.incident(CHILD_SEXUAL_ABUSE_IMAGERY).instigator(PARENT).victim(CHILD, 6).evaluate(rules)
                .requires("REFER_TO_CHILDRENS_SOCIAL_CARE", "REFER_TO_POLICE", "FOLLOW_UP_SOCIAL_CARE_DECISION")
                .instructs("DO_NOT_INFORM_PARENTS")
                .doesNotRequire("INFORM_PARENTS").doesNotInstruct("AGREE_PARENT_CONTACT_WITH_AGENCY");
    }

    @Test
    void shouldNotInformParentsOfANoBlameInappropriateIncident() {
        Facts.incident(UNSUITABLE_CONTENT).exposed(CHILD, 9).noBlame().evaluate(rules)
                .requires("SUPPORT_CHILD_VICTIM").doesNotRequire("INFORM_PARENTS");
    }

    @Test
    void shouldInformParentsOfANoBlameIncidentThatIsIllegal() {
        Facts.incident(CHILD_SEXUAL_ABUSE_IMAGERY).instigator(UNKNOWN_EXTERNAL).exposed(CHILD, 13).noBlame()
                .evaluate(rules)
                .requires("INFORM_PARENTS").instructs("NO_SANCTION");
    }

    @Test
    void shouldAssessWelfareTheSameDayForSelfHarmContentAndAtOnceInDanger() {
        Facts.incident(SELF_HARM_CONTENT).exposed(CHILD, 14).evaluate(rules)
                .hasDeadline("DSL_WELFARE_ASSESSMENT", DeadlineKind.SAME_DAY);
        Facts.incident(SELF_HARM_CONTENT).exposed(CHILD, 14).with("immediateDanger").evaluate(rules)
                .hasDeadline("DSL_WELFARE_ASSESSMENT", DeadlineKind.IMMEDIATE)
                .requires("CALL_EMERGENCY_SERVICES", "REFER_TO_CHILDRENS_SOCIAL_CARE");
    }

    @Test
    void shouldAssessWelfareWhenAChildIsAtRiskOfSignificantHarm() {
        Facts.incident(CYBERBULLYING).instigator(CHILD, 14).victim(CHILD, 14).with("riskOfSignificantHarm")
                .evaluate(rules)
                .hasDeadline("DSL_WELFARE_ASSESSMENT", DeadlineKind.SAME_DAY)
                .hasDeadline("INFORM_PARENTS", DeadlineKind.ONE_WORKING_DAY);
    }

    @Test
    void shouldSupportAStaffOrHeadteacherVictim() {
        Facts.incident(CYBERBULLYING).instigator(PARENT).victim(HEADTEACHER).evaluate(rules)
                .requires("SUPPORT_STAFF_VICTIM").doesNotRequire("REFER_TO_LADO", "INFORM_PARENTS");
    }
}
