package org.esafety.rules.policy;

import static org.esafety.policy.Category.CYBERBULLYING;
import static org.esafety.policy.Category.NON_EDUCATIONAL_USE;
import static org.esafety.policy.Category.PASSWORD_SHARING;
import static org.esafety.policy.Category.SELF_HARM_CONTENT;
import static org.esafety.policy.Category.UNAUTHORISED_ACCOUNT_ACCESS;
import static org.esafety.policy.Category.UNSUITABLE_CONTENT;
import static org.esafety.policy.PartyKind.CHILD;
import static org.esafety.policy.PartyKind.HEADTEACHER;
import static org.esafety.policy.PartyKind.STAFF;
import static org.esafety.policy.StaffRole.DEPUTY_DSL;
import static org.esafety.policy.StaffRole.DSL;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.esafety.policy.DeadlineKind;
import org.esafety.policy.DslReportDeadline;
import org.esafety.rules.RuleSet;

/** reporting.drl: reporting to the DSL, the log, the review, immediate danger and significant harm. */
class ReportingRulesTest {

    private static RuleSet rules;

    @BeforeAll
    static void compile() {
        rules = Facts.compileRules();
    }

    private static Facts sameDay(Facts facts) {
        return facts.dslReportDeadline(DslReportDeadline.SAME_DAY);
    }

    @Test
    void shouldReportEveryIncidentToTheDslAtOnceAndLogAndReviewIt() {
        Facts.incident(NON_EDUCATIONAL_USE).instigator(CHILD, 10).evaluate(rules)
                .requires("REPORT_TO_DSL", "LOG_INCIDENT", "REVIEW_POLICIES_AND_FILTERING")
                .hasDeadline("REPORT_TO_DSL", DeadlineKind.IMMEDIATE)
                .doesNotRequire("REPORT_TO_DEPUTY_DSL", "CALL_EMERGENCY_SERVICES");
    }

    @Test
    void shouldAllowSameDayReportingOfAMinorConductIncidentUnderTheSameDayProfile() {
        sameDay(Facts.incident(NON_EDUCATIONAL_USE).instigator(CHILD, 10)).evaluate(rules)
                .hasDeadline("REPORT_TO_DSL", DeadlineKind.SAME_DAY).firedRule("REP-002").didNotFire("REP-001");
        sameDay(Facts.incident(UNSUITABLE_CONTENT).exposed(CHILD, 10)).evaluate(rules)
                .hasDeadline("REPORT_TO_DSL", DeadlineKind.SAME_DAY);
    }

    @Test
    void shouldKeepReportingImmediateUnderTheSameDayProfileForAnythingSerious() {
        sameDay(Facts.incident(CYBERBULLYING).instigator(CHILD, 10)).evaluate(rules)
                .hasDeadline("REPORT_TO_DSL", DeadlineKind.IMMEDIATE).didNotFire("REP-002");
        sameDay(Facts.incident(SELF_HARM_CONTENT).exposed(CHILD, 10)).evaluate(rules)
                .hasDeadline("REPORT_TO_DSL", DeadlineKind.IMMEDIATE);
        sameDay(Facts.incident(NON_EDUCATIONAL_USE).instigator(CHILD, 10).with("immediateDanger")).evaluate(rules)
                .hasDeadline("REPORT_TO_DSL", DeadlineKind.IMMEDIATE);
        sameDay(Facts.incident(NON_EDUCATIONAL_USE).instigator(CHILD, 10).with("riskOfSignificantHarm"))
                .evaluate(rules).hasDeadline("REPORT_TO_DSL", DeadlineKind.IMMEDIATE);
        sameDay(Facts.incident(PASSWORD_SHARING).instigator(CHILD, 10).with("parentsInvolved")).evaluate(rules)
                .hasDeadline("REPORT_TO_DSL", DeadlineKind.IMMEDIATE);
        sameDay(Facts.incident(UNAUTHORISED_ACCOUNT_ACCESS).instigator(CHILD, 14)).evaluate(rules)
                .hasDeadline("REPORT_TO_DSL", DeadlineKind.IMMEDIATE);
    }

    @Test
    void shouldReportAConcernAboutTheDslToTheDeputyDsl() {
        Facts.incident(UNSUITABLE_CONTENT).staffInstigator(DSL).exposed(CHILD, 9).evaluate(rules)
                .requires("REPORT_TO_DEPUTY_DSL", "NOTIFY_HEADTEACHER").doesNotRequire("REPORT_TO_DSL")
                .hasDeadline("REPORT_TO_DEPUTY_DSL", DeadlineKind.IMMEDIATE);
        sameDay(Facts.incident(NON_EDUCATIONAL_USE).staffInstigator(DSL)).evaluate(rules)
                .hasDeadline("REPORT_TO_DEPUTY_DSL", DeadlineKind.SAME_DAY).doesNotRequire("REPORT_TO_DSL")
                .hasDeadline("NOTIFY_HEADTEACHER", DeadlineKind.IMMEDIATE);
        sameDay(Facts.incident(CYBERBULLYING).staffInstigator(DSL)).evaluate(rules)
                .hasDeadline("REPORT_TO_DEPUTY_DSL", DeadlineKind.IMMEDIATE);
    }

    @Test
    void shouldReportAConcernAboutAHeadteacherWhoIsTheDslToTheDeputyDsl() {
        Facts.incident(UNSUITABLE_CONTENT).instigator(HEADTEACHER).exposed(CHILD, 9).headteacherIsDsl()
                .evaluate(rules)
                .requires("REPORT_TO_DEPUTY_DSL", "NOTIFY_CHAIR_OF_GOVERNORS").doesNotRequire("REPORT_TO_DSL");
        Facts.incident(UNSUITABLE_CONTENT).instigator(HEADTEACHER).exposed(CHILD, 9).evaluate(rules)
                .requires("REPORT_TO_DSL").doesNotRequire("REPORT_TO_DEPUTY_DSL");
    }

    @Test
    void shouldReportToNeitherLeadWhenBothAreSubjects() {
        Facts.incident(UNSUITABLE_CONTENT).staffInstigator(DSL).staffInstigator(DEPUTY_DSL).exposed(CHILD, 9)
                .evaluate(rules)
                .doesNotRequire("REPORT_TO_DSL", "REPORT_TO_DEPUTY_DSL").requires("NOTIFY_HEADTEACHER");
        Facts.incident(UNSUITABLE_CONTENT).instigator(HEADTEACHER).staffInstigator(DEPUTY_DSL).headteacherIsDsl()
                .evaluate(rules)
                .doesNotRequire("REPORT_TO_DSL", "REPORT_TO_DEPUTY_DSL", "NOTIFY_HEADTEACHER")
                .requires("NOTIFY_CHAIR_OF_GOVERNORS");
    }

    @Test
    void shouldStillReportToTheDslWhenOnlyTheDeputyIsASubject() {
        Facts.incident(UNSUITABLE_CONTENT).staffInstigator(DEPUTY_DSL).evaluate(rules)
                .requires("REPORT_TO_DSL").doesNotRequire("REPORT_TO_DEPUTY_DSL");
    }

    @Test
    void shouldCallTheEmergencyServicesAndSocialCareWhenAChildIsInImmediateDanger() {
        Facts.incident(CYBERBULLYING).instigator(CHILD, 14).victim(CHILD, 14).with("immediateDanger")
                .evaluate(rules)
                .requires("CALL_EMERGENCY_SERVICES", "REFER_TO_CHILDRENS_SOCIAL_CARE", "FOLLOW_UP_SOCIAL_CARE_DECISION")
                .hasDeadline("CALL_EMERGENCY_SERVICES", DeadlineKind.EMERGENCY);
    }

    @Test
    void shouldCallTheEmergencyServicesWithoutASocialCareReferralWhenNoChildIsInTheCase() {
        Facts.incident(NON_EDUCATIONAL_USE).instigator(STAFF).with("immediateDanger").evaluate(rules)
                .requires("CALL_EMERGENCY_SERVICES")
                .doesNotRequire("REFER_TO_CHILDRENS_SOCIAL_CARE", "FOLLOW_UP_SOCIAL_CARE_DECISION");
    }

    @Test
    void shouldReferARiskOfSignificantHarmToSocialCareAndFollowItUp() {
        Facts.incident(UNSUITABLE_CONTENT).exposed(CHILD, 9).with("riskOfSignificantHarm").evaluate(rules)
                .requires("REFER_TO_CHILDRENS_SOCIAL_CARE", "FOLLOW_UP_SOCIAL_CARE_DECISION", "DSL_WELFARE_ASSESSMENT")
                .doesNotRequire("CALL_EMERGENCY_SERVICES");
    }
}
