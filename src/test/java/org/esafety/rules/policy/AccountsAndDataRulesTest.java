package org.esafety.rules.policy;

import static org.esafety.policy.Category.COPYRIGHT_INFRINGEMENT;
import static org.esafety.policy.Category.FILTER_CIRCUMVENTION;
import static org.esafety.policy.Category.PASSWORD_SHARING;
import static org.esafety.policy.Category.PERSONAL_DATA_BREACH;
import static org.esafety.policy.Category.UNAUTHORISED_ACCOUNT_ACCESS;
import static org.esafety.policy.Category.UNSUITABLE_CONTENT;
import static org.esafety.policy.PartyKind.CHILD;
import static org.esafety.policy.PartyKind.HEADTEACHER;
import static org.esafety.policy.PartyKind.STAFF;
import static org.esafety.policy.PartyKind.UNKNOWN_EXTERNAL;
import static org.esafety.policy.StaffRole.DATA_PROTECTION_OFFICER;
import static org.esafety.policy.StaffRole.IT_SUPPORT;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.esafety.policy.Responsible;
import org.esafety.rules.RuleSet;

/** accounts-and-data.drl: blocking, credentials, filter bypass, data breaches, take-down. */
class AccountsAndDataRulesTest {

    private static final String[] ICO_ACTIONS = {"NOTIFY_HEADTEACHER", "NOTIFY_DATA_PROTECTION_OFFICER",
            "ASSESS_ICO_REPORT", "REPORT_TO_ICO", "INFORM_DATA_SUBJECTS"};

    private static RuleSet rules;

    @BeforeAll
    static void compile() {
        rules = Facts.compileRules();
    }

    @Test
    void shouldBlockAUrlThatIsNotTheSchoolsOwnContent() {
        Facts.incident(UNSUITABLE_CONTENT).exposed(CHILD, 9).url().evaluate(rules).requires("BLOCK_URL");
        Facts.incident(UNSUITABLE_CONTENT).exposed(CHILD, 9).evaluate(rules).doesNotRequire("BLOCK_URL");
        Facts.incident(COPYRIGHT_INFRINGEMENT).instigator(STAFF).url().with("schoolPublishedContent").evaluate(rules)
                .requires("REMOVE_PUBLISHED_CONTENT").doesNotRequire("BLOCK_URL");
    }

    @Test
    void shouldResetCredentialsAndCloseAFilterBypass() {
        Facts.incident(PASSWORD_SHARING).instigator(CHILD, 11).evaluate(rules).requires("RESET_CREDENTIALS");
        Facts.incident(UNAUTHORISED_ACCOUNT_ACCESS).instigator(CHILD, 11).evaluate(rules).requires("RESET_CREDENTIALS");
        Facts.incident(FILTER_CIRCUMVENTION).instigator(CHILD, 11).evaluate(rules)
                .requires("FIX_FILTER_BYPASS").doesNotRequire("RESET_CREDENTIALS");
    }

    @Test
    void shouldAssessEveryPersonalDataBreachForTheIco() {
        Facts.incident(PERSONAL_DATA_BREACH).instigator(STAFF).evaluate(rules)
                .requires("NOTIFY_HEADTEACHER", "NOTIFY_DATA_PROTECTION_OFFICER", "ASSESS_ICO_REPORT")
                .doesNotRequire("REPORT_TO_ICO", "INFORM_DATA_SUBJECTS");
    }

    @Test
    void shouldReportARiskyBreachToTheIcoAndTellPeopleAtHighRisk() {
        Facts.incident(PERSONAL_DATA_BREACH).instigator(STAFF).with("riskToIndividuals").evaluate(rules)
                .requires("REPORT_TO_ICO").doesNotRequire("INFORM_DATA_SUBJECTS");
        Facts.incident(PERSONAL_DATA_BREACH).instigator(STAFF).with("highRiskToIndividuals").evaluate(rules)
                .requires("REPORT_TO_ICO", "INFORM_DATA_SUBJECTS");
    }

    @Test
    void shouldTreatAccountAccessInvolvingPersonalDataAsABreach() {
        Facts.incident(UNAUTHORISED_ACCOUNT_ACCESS).instigator(UNKNOWN_EXTERNAL).victim(STAFF)
                .with("personalDataInvolved", "highRiskToIndividuals").evaluate(rules)
                .requires(ICO_ACTIONS).firedRule("DAT-010");
        Facts.incident(UNAUTHORISED_ACCOUNT_ACCESS).instigator(UNKNOWN_EXTERNAL).victim(STAFF)
                .with("highRiskToIndividuals").evaluate(rules)
                .doesNotRequire(ICO_ACTIONS);
    }

    @Test
    void shouldNotifyTheChairInsteadOfAHeadteacherWhoCausedTheBreach() {
        Decision decision = Facts.incident(PERSONAL_DATA_BREACH).instigator(HEADTEACHER).evaluate(rules)
                .requires("NOTIFY_CHAIR_OF_GOVERNORS", "NOTIFY_DATA_PROTECTION_OFFICER")
                .doesNotRequire("NOTIFY_HEADTEACHER");
        assertEquals(Responsible.CHAIR_OF_GOVERNORS, decision.responsibleFor("NOTIFY_DATA_PROTECTION_OFFICER"));
    }

    @Test
    void shouldStillNotifyADataProtectionOfficerWhoCausedTheBreachButGiveTheirTasksToTheHeadteacher() {
        Decision decision = Facts.incident(PERSONAL_DATA_BREACH).staffInstigator(DATA_PROTECTION_OFFICER)
                .with("riskToIndividuals").evaluate(rules)
                .requires("NOTIFY_HEADTEACHER", "NOTIFY_DATA_PROTECTION_OFFICER", "ASSESS_ICO_REPORT", "REPORT_TO_ICO");
        assertEquals(Responsible.HEADTEACHER, decision.responsibleFor("NOTIFY_DATA_PROTECTION_OFFICER"));
        assertEquals(Responsible.HEADTEACHER, decision.responsibleFor("ASSESS_ICO_REPORT"));
        assertEquals(Responsible.HEADTEACHER, decision.responsibleFor("REPORT_TO_ICO"));
    }

    @Test
    void shouldGiveBlockingToTheHeadteacherWhenItSupportIsTheSubject() {
        Decision decision = Facts.incident(UNSUITABLE_CONTENT).staffInstigator(IT_SUPPORT).url().evaluate(rules);
        assertEquals(Responsible.HEADTEACHER, decision.responsibleFor("BLOCK_URL"));
    }
}
