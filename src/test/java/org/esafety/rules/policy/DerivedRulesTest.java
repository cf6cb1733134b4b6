package org.esafety.rules.policy;

import static org.esafety.policy.Category.CYBERBULLYING;
import static org.esafety.policy.Category.NON_EDUCATIONAL_USE;
import static org.esafety.policy.Category.UNSUITABLE_CONTENT;
import static org.esafety.policy.PartyKind.CHILD;
import static org.esafety.policy.PartyKind.PARENT;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.esafety.rules.RuleSet;

/** derived.drl: accidental, no-blame, parents involved, a child in the case. */
class DerivedRulesTest {

    private static RuleSet rules;

    @BeforeAll
    static void compile() {
        rules = Facts.compileRules();
    }

    @Test
    void shouldConcludeAccidentalOnlyWhenDeliberateIsExplicitlyFalse() {
        Facts.incident(UNSUITABLE_CONTENT).exposed(CHILD, 9).set("deliberate", false).evaluate(rules)
                .firedRule("DER-001").didNotFire("DER-002");
        Facts.incident(UNSUITABLE_CONTENT).exposed(CHILD, 9).evaluate(rules)
                .didNotFire("DER-001");
        Facts.incident(UNSUITABLE_CONTENT).exposed(CHILD, 9).set("deliberate", true).evaluate(rules)
                .didNotFire("DER-001");
    }

    @Test
    void shouldConcludeNoBlameWhenAccidentalAccessIsReportedPromptly() {
        Facts.incident(NON_EDUCATIONAL_USE).instigator(CHILD, 10).noBlame().evaluate(rules)
                .firedRule("DER-002").instructs("NO_SANCTION").hasNoSanction();
    }

    @Test
    void shouldNotConcludeNoBlameWhenPromptReportingIsUnknown() {
        Facts.incident(NON_EDUCATIONAL_USE).instigator(CHILD, 10).set("deliberate", false).evaluate(rules)
                .didNotFire("DER-002").doesNotInstruct("NO_SANCTION").requires("APPLY_BEHAVIOUR_POLICY");
    }

    @Test
    void shouldConcludeParentsInvolvedWhenTheReporterSaysSo() {
        Facts.incident(CYBERBULLYING).instigator(CHILD, 12).victim(CHILD, 12).set("parentsInvolved", true)
                .evaluate(rules)
                .firedRule("DER-003").instructs("DO_NOT_INFORM_PARENTS").doesNotRequire("INFORM_PARENTS");
    }

    @Test
    void shouldTakeParentsToBeInvolvedWhenAParentHarmsAChildAndNothingSaysOtherwise() {
        Facts.incident(UNSUITABLE_CONTENT).instigator(PARENT).victim(CHILD, 8).evaluate(rules)
                .firedRule("DER-004").instructs("DO_NOT_INFORM_PARENTS")
                .requires("REFER_TO_CHILDRENS_SOCIAL_CARE").doesNotRequire("INFORM_PARENTS");
    }

    @Test
    void shouldRespectAnExplicitNoWhenAnotherFamilysParentIsTheInstigator() {
        Facts.incident(UNSUITABLE_CONTENT).instigator(PARENT).victim(CHILD, 8).set("parentsInvolved", false)
                .evaluate(rules)
                .didNotFire("DER-004").doesNotInstruct("DO_NOT_INFORM_PARENTS").requires("INFORM_PARENTS");
    }

    @Test
    void shouldNotCountAPupilWhoOnlyWitnessedAsAChildInTheCase() {
        Facts.incident(UNSUITABLE_CONTENT).witness(CHILD, 11).evaluate(rules)
                .didNotFire("DER-005").doesNotRequire("INFORM_PARENTS", "SUPPORT_CHILD_VICTIM");
    }

    @Test
    void shouldCountAnExposedPupilAsAChildInTheCase() {
        Facts.incident(UNSUITABLE_CONTENT).exposed(CHILD, 11).evaluate(rules)
                .firedRule("DER-005").requires("INFORM_PARENTS", "SUPPORT_CHILD_VICTIM");
    }
}
