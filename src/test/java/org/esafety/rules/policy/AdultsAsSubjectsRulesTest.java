package org.esafety.rules.policy;

import static org.esafety.policy.Category.ADULT_PORNOGRAPHY;
import static org.esafety.policy.Category.CHILD_SEXUAL_ABUSE_IMAGERY;
import static org.esafety.policy.Category.CYBERBULLYING;
import static org.esafety.policy.Category.INAPPROPRIATE_COMMUNICATION;
import static org.esafety.policy.Category.NON_EDUCATIONAL_USE;
import static org.esafety.policy.Category.PERSONAL_DEVICE_MISUSE;
import static org.esafety.policy.Category.UNSUITABLE_CONTENT;
import static org.esafety.policy.PartyKind.CHILD;
import static org.esafety.policy.PartyKind.HEADTEACHER;
import static org.esafety.policy.PartyKind.PARENT;
import static org.esafety.policy.PartyKind.STAFF;
import static org.esafety.policy.PartyKind.UNKNOWN_EXTERNAL;
import static org.esafety.policy.PartyKind.VISITOR;
import static org.esafety.policy.StaffRole.CLASS_TEACHER;
import static org.esafety.policy.StaffRole.DATA_PROTECTION_OFFICER;
import static org.esafety.policy.StaffRole.DEPUTY_DSL;
import static org.esafety.policy.StaffRole.DSL;
import static org.esafety.policy.StaffRole.IT_SUPPORT;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.esafety.policy.HeadteacherConcerns;
import org.esafety.policy.Responsible;
import org.esafety.policy.StaffAllegations;
import org.esafety.rules.RuleSet;

/** adults-as-subjects.drl: substitutions, notifications, the LADO, suspension, visitors, discipline. */
class AdultsAsSubjectsRulesTest {

    private static RuleSet rules;

    @BeforeAll
    static void compile() {
        rules = Facts.compileRules();
    }

    @Test
    void shouldReferToLadoWhenStaffInstigatorMeetsHarmThreshold() {
        Facts.incident(NON_EDUCATIONAL_USE).instigator(STAFF).with("harmThresholdMet").evaluate(rules)
                .requires("NOTIFY_HEADTEACHER", "REFER_TO_LADO").doesNotRequire("RECORD_LOW_LEVEL_CONCERN")
                .instructs("HOLD_SANCTIONS", "DO_NOT_INVESTIGATE");
    }

    @Test
    void shouldReferToLadoWhenTheHarmThresholdIsUnknownInASafeguardingCategory() {
        Facts.incident(INAPPROPRIATE_COMMUNICATION).instigator(STAFF).victim(CHILD, 14).set("deliberate", true)
                .evaluate(rules)
                .requires("NOTIFY_HEADTEACHER", "REFER_TO_LADO", "INFORM_PARENTS")
                .doesNotRequire("RECORD_LOW_LEVEL_CONCERN", "STAFF_DISCIPLINARY")
                .instructs("HOLD_SANCTIONS", "DO_NOT_INVESTIGATE", "AGREE_PARENT_CONTACT_WITH_AGENCY");
    }

    @Test
    void shouldRecordALowLevelConcernWhenTheHarmThresholdIsKnownNotMet() {
        Facts.incident(INAPPROPRIATE_COMMUNICATION).instigator(STAFF).victim(CHILD, 14).set("deliberate", true)
                .set("harmThresholdMet", false).evaluate(rules)
                .requires("NOTIFY_HEADTEACHER", "RECORD_LOW_LEVEL_CONCERN", "STAFF_DISCIPLINARY")
                .doesNotRequire("REFER_TO_LADO").doesNotInstruct("HOLD_SANCTIONS");
    }

    @Test
    void shouldReferAConductConcernInvolvingAPupilToTheLadoUnlessBelowTheThreshold() {
        Facts.incident(PERSONAL_DEVICE_MISUSE).instigator(STAFF).exposed(CHILD, 7).evaluate(rules)
                .requires("REFER_TO_LADO");
        Facts.incident(PERSONAL_DEVICE_MISUSE).instigator(STAFF).exposed(CHILD, 7).set("harmThresholdMet", false)
                .evaluate(rules).requires("RECORD_LOW_LEVEL_CONCERN").doesNotRequire("REFER_TO_LADO");
    }

    @Test
    void shouldReferAConductConcernWithNoPupilToTheLadoOnlyAtTheHarmThreshold() {
        Facts.incident(NON_EDUCATIONAL_USE).instigator(STAFF).set("deliberate", true).evaluate(rules)
                .requires("NOTIFY_HEADTEACHER", "STAFF_DISCIPLINARY")
                .doesNotRequire("REFER_TO_LADO", "RECORD_LOW_LEVEL_CONCERN");
        Facts.incident(NON_EDUCATIONAL_USE).instigator(STAFF).set("harmThresholdMet", false).evaluate(rules)
                .doesNotRequire("REFER_TO_LADO", "RECORD_LOW_LEVEL_CONCERN");
    }

    @Test
    void shouldReferEveryStaffConcernToTheLadoUnderAnAlwaysLadoProfile() {
        Facts.incident(NON_EDUCATIONAL_USE).instigator(STAFF).set("harmThresholdMet", false)
                .staffAllegations(StaffAllegations.ALWAYS_LADO).evaluate(rules)
                .requires("NOTIFY_HEADTEACHER", "REFER_TO_LADO").doesNotRequire("RECORD_LOW_LEVEL_CONCERN");
    }

    @Test
    void shouldTreatAVisitorWithAPupilInvolvedLikeStaff() {
        Facts.incident(UNSUITABLE_CONTENT).instigator(VISITOR).exposed(CHILD, 8).evaluate(rules)
                .requires("NOTIFY_HEADTEACHER", "REFER_TO_LADO", "WITHDRAW_INTERNET_ACCESS");
        Facts.incident(UNSUITABLE_CONTENT).instigator(VISITOR).exposed(CHILD, 8).set("harmThresholdMet", false)
                .evaluate(rules).requires("RECORD_LOW_LEVEL_CONCERN").doesNotRequire("REFER_TO_LADO");
        Facts.incident(UNSUITABLE_CONTENT).instigator(VISITOR).exposed(CHILD, 8).set("harmThresholdMet", false)
                .offordProfile().evaluate(rules).requires("REFER_TO_LADO").doesNotRequire("RECORD_LOW_LEVEL_CONCERN");
    }

    @Test
    void shouldOnlyWithdrawAccessFromAVisitorWithNoPupilInvolved() {
        Facts.incident(NON_EDUCATIONAL_USE).instigator(VISITOR).set("deliberate", true).evaluate(rules)
                .requires("WITHDRAW_INTERNET_ACCESS")
                .doesNotRequire("NOTIFY_HEADTEACHER", "REFER_TO_LADO", "RECORD_LOW_LEVEL_CONCERN")
                .hasNoSanction();
    }

    @Test
    void shouldRouteAConcernAboutTheHeadteacherToTheChairAndTheLado() {
        Decision decision = Facts.incident(UNSUITABLE_CONTENT).instigator(HEADTEACHER).exposed(CHILD, 10)
                .evaluate(rules)
                .requires("NOTIFY_CHAIR_OF_GOVERNORS", "REFER_TO_LADO").doesNotRequire("NOTIFY_HEADTEACHER")
                .substitutes("HEADTEACHER>CHAIR_OF_GOVERNORS");
        assertEquals(Responsible.CHAIR_OF_GOVERNORS, decision.responsibleFor("REFER_TO_LADO"));
    }

    @Test
    void shouldApplyTheHarmThresholdToTheHeadteacherUnderAHarmThresholdProfile() {
        Decision decision = Facts.incident(UNSUITABLE_CONTENT).instigator(HEADTEACHER).exposed(CHILD, 10)
                .set("harmThresholdMet", false).headteacherConcerns(HeadteacherConcerns.HARM_THRESHOLD)
                .evaluate(rules)
                .requires("RECORD_LOW_LEVEL_CONCERN", "NOTIFY_CHAIR_OF_GOVERNORS").doesNotRequire("REFER_TO_LADO");
        assertEquals(Responsible.CHAIR_OF_GOVERNORS, decision.responsibleFor("RECORD_LOW_LEVEL_CONCERN"));
        Facts.incident(NON_EDUCATIONAL_USE).instigator(HEADTEACHER).headteacherConcerns(HeadteacherConcerns.HARM_THRESHOLD)
                .evaluate(rules).doesNotRequire("REFER_TO_LADO", "RECORD_LOW_LEVEL_CONCERN");
    }

    @Test
    void shouldReferTheHeadteacherToTheLadoWheneverStaffAlwaysGo() {
        Facts.incident(NON_EDUCATIONAL_USE).instigator(HEADTEACHER).set("harmThresholdMet", false)
                .headteacherConcerns(HeadteacherConcerns.HARM_THRESHOLD).staffAllegations(StaffAllegations.ALWAYS_LADO)
                .evaluate(rules).requires("REFER_TO_LADO").doesNotRequire("RECORD_LOW_LEVEL_CONCERN");
    }

    @Test
    void shouldGiveTheDslsActionsToTheDeputyWhenTheDslIsASubject() {
        Decision decision = Facts.incident(CHILD_SEXUAL_ABUSE_IMAGERY).staffInstigator(DSL).evaluate(rules)
                .substitutes("DSL>DEPUTY_DSL");
        assertEquals(Responsible.DEPUTY_DSL, decision.responsibleFor("SECURE_EVIDENCE"));
        assertEquals(Responsible.DEPUTY_DSL, decision.responsibleFor("REFER_TO_POLICE"));
    }

    @Test
    void shouldGiveTheDeputysActionsToTheDslWhenTheDeputyIsASubject() {
        Facts.incident(UNSUITABLE_CONTENT).staffInstigator(DEPUTY_DSL).evaluate(rules)
                .substitutes("DEPUTY_DSL>DSL");
    }

    @Test
    void shouldGiveBothLeadsActionsToTheHeadteacherWhenBothAreSubjects() {
        Decision decision = Facts.incident(CHILD_SEXUAL_ABUSE_IMAGERY).staffInstigator(DSL).staffInstigator(DEPUTY_DSL)
                .evaluate(rules)
                .substitutes("DSL>HEADTEACHER", "DEPUTY_DSL>HEADTEACHER");
        assertEquals(2, decision.substitutions().size(), "no DSL<->DEPUTY_DSL cycle: " + decision.substitutions());
        assertEquals(Responsible.HEADTEACHER, decision.responsibleFor("SECURE_EVIDENCE"));
    }

    @Test
    void shouldGiveTheDslsActionsToTheDeputyWhenAHeadteacherWhoIsTheDslIsASubject() {
        Decision decision = Facts.incident(CHILD_SEXUAL_ABUSE_IMAGERY).instigator(HEADTEACHER).headteacherIsDsl()
                .evaluate(rules)
                .substitutes("HEADTEACHER>CHAIR_OF_GOVERNORS", "DSL>DEPUTY_DSL");
        assertEquals(Responsible.DEPUTY_DSL, decision.responsibleFor("REFER_TO_POLICE"));
        assertEquals(Responsible.CHAIR_OF_GOVERNORS, decision.responsibleFor("CONSIDER_SUSPENSION"));
    }

    @Test
    void shouldGiveEverythingToTheChairWhenTheHeadteacherDslAndTheDeputyAreSubjects() {
        Decision decision = Facts.incident(CHILD_SEXUAL_ABUSE_IMAGERY).instigator(HEADTEACHER)
                .staffInstigator(DEPUTY_DSL).headteacherIsDsl().evaluate(rules)
                .substitutes("HEADTEACHER>CHAIR_OF_GOVERNORS", "DSL>HEADTEACHER", "DEPUTY_DSL>HEADTEACHER");
        assertEquals(Responsible.CHAIR_OF_GOVERNORS, decision.responsibleFor("REFER_TO_POLICE"));
    }

    @Test
    void shouldGiveOtherSubjectsActionsToTheHeadteacher() {
        Facts.incident(UNSUITABLE_CONTENT).staffInstigator(IT_SUPPORT).url().evaluate(rules)
                .substitutes("IT_SUPPORT>HEADTEACHER");
        Facts.incident(CYBERBULLYING).staffInstigator(CLASS_TEACHER).evaluate(rules)
                .substitutes("CLASS_TEACHER>HEADTEACHER");
        Facts.incident(NON_EDUCATIONAL_USE).staffInstigator(DATA_PROTECTION_OFFICER).evaluate(rules)
                .substitutes("DATA_PROTECTION_OFFICER>HEADTEACHER");
    }

    @Test
    void shouldSubstituteNobodyWhenNoAdultWithARoleIsASubject() {
        Facts.incident(CYBERBULLYING).instigator(CHILD, 12).victim(STAFF).evaluate(rules).hasNoSubstitutions();
        Facts.incident(UNSUITABLE_CONTENT).instigator(STAFF).evaluate(rules).hasNoSubstitutions();
    }

    @Test
    void shouldConsiderSuspendingStaffOrTheHeadteacherForIllegalConduct() {
        Facts.incident(CHILD_SEXUAL_ABUSE_IMAGERY).instigator(STAFF).evaluate(rules)
                .requires("CONSIDER_SUSPENSION", "REFER_TO_LADO", "REFER_TO_POLICE").instructs("HOLD_SANCTIONS")
                .hasNoSanction();
        Facts.incident(ADULT_PORNOGRAPHY).instigator(HEADTEACHER).exposed(CHILD, 9).evaluate(rules)
                .requires("CONSIDER_SUSPENSION");
    }

    @Test
    void shouldApplyTheDisciplinaryProcedureToDeliberateRepeatedMisuseByStaff() {
        Facts.incident(NON_EDUCATIONAL_USE).instigator(STAFF).with("deliberate", "repeated").evaluate(rules)
                .requires("STAFF_DISCIPLINARY", "ADVISE_GOVERNORS", "CONSULT_LA");
    }

    @Test
    void shouldNotDisciplineAccidentalMisuseByStaff() {
        Facts.incident(NON_EDUCATIONAL_USE).instigator(STAFF).set("deliberate", false).with("repeated")
                .evaluate(rules).hasNoSanction();
    }

    @Test
    void shouldNeverReferAStaffVictimToTheLado() {
        Facts.incident(CYBERBULLYING).instigator(CHILD, 14).victim(STAFF).evaluate(rules)
                .requires("SUPPORT_STAFF_VICTIM").doesNotRequire("REFER_TO_LADO", "NOTIFY_HEADTEACHER");
    }

    @Test
    void shouldGiveParentsAndOutsidersNoDisciplinaryOrSanctionAction() {
        Facts.incident(CYBERBULLYING).instigator(PARENT).victim(STAFF).set("deliberate", true).evaluate(rules)
                .hasNoSanction().doesNotRequire("REFER_TO_LADO", "CONSIDER_SUSPENSION", "WITHDRAW_INTERNET_ACCESS");
        Facts.incident(CYBERBULLYING).instigator(UNKNOWN_EXTERNAL).victim(CHILD, 13).set("deliberate", true)
                .evaluate(rules).hasNoSanction().doesNotRequire("REFER_TO_LADO");
    }
}
