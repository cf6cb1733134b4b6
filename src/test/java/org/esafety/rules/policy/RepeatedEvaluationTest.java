package org.esafety.rules.policy;

import static org.esafety.policy.Category.ADULT_PORNOGRAPHY;
import static org.esafety.policy.Category.CHILD_SEXUAL_ABUSE_IMAGERY;
import static org.esafety.policy.Category.COPYRIGHT_INFRINGEMENT;
import static org.esafety.policy.Category.CYBERBULLYING;
import static org.esafety.policy.Category.EXTREMIST_MATERIAL;
import static org.esafety.policy.Category.FILTER_CIRCUMVENTION;
import static org.esafety.policy.Category.GROOMING_OR_SEXUAL_EXPLOITATION;
import static org.esafety.policy.Category.HATE_MATERIAL;
import static org.esafety.policy.Category.INAPPROPRIATE_COMMUNICATION;
import static org.esafety.policy.Category.NON_EDUCATIONAL_USE;
import static org.esafety.policy.Category.OFFENSIVE_MESSAGE;
import static org.esafety.policy.Category.ONLINE_SEXUAL_HARASSMENT;
import static org.esafety.policy.Category.OTHER;
import static org.esafety.policy.Category.PASSWORD_SHARING;
import static org.esafety.policy.Category.PERSONAL_DATA_BREACH;
import static org.esafety.policy.Category.PERSONAL_DEVICE_MISUSE;
import static org.esafety.policy.Category.SELF_HARM_CONTENT;
import static org.esafety.policy.Category.SHARING_NUDES;
import static org.esafety.policy.Category.UNAUTHORISED_ACCOUNT_ACCESS;
import static org.esafety.policy.Category.UNSUITABLE_CONTENT;
import static org.esafety.policy.PartyKind.CHILD;
import static org.esafety.policy.PartyKind.HEADTEACHER;
import static org.esafety.policy.PartyKind.PARENT;
import static org.esafety.policy.PartyKind.STAFF;
import static org.esafety.policy.PartyKind.UNKNOWN_EXTERNAL;
import static org.esafety.policy.PartyKind.VISITOR;
import static org.esafety.policy.StaffRole.DATA_PROTECTION_OFFICER;
import static org.esafety.policy.StaffRole.DEPUTY_DSL;
import static org.esafety.policy.StaffRole.DSL;
import static org.esafety.policy.StaffRole.IT_SUPPORT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.esafety.policy.DslAssessment;
import org.esafety.policy.DslReportDeadline;
import org.esafety.policy.ExternalOutcome;
import org.esafety.policy.HeadteacherConcerns;
import org.esafety.policy.ReportedLegality;
import org.esafety.rules.RuleSet;

/**
 * Evaluates a varied set of incidents many times in one JVM and expects the same outcome each time:
 * Drools' constraint jitting (after about 20 evaluations) must not change or break any decision.
 */
class RepeatedEvaluationTest {

    private static final int ROUNDS = 50;

    private static RuleSet rules;

    @BeforeAll
    static void compile() {
        rules = Facts.compileRules();
    }

    static List<Facts> incidents() {
        return List.of(
                Facts.incident(CHILD_SEXUAL_ABUSE_IMAGERY).instigator(UNKNOWN_EXTERNAL).victim(CHILD, 13).url(),
                Facts.incident(CHILD_SEXUAL_ABUSE_IMAGERY).instigator(STAFF).exposed(CHILD, 9),
                Facts.incident(CHILD_SEXUAL_ABUSE_IMAGERY).instigator(HEADTEACHER).headteacherIsDsl(),
                Facts.incident(SHARING_NUDES).instigator(CHILD, 15).victim(CHILD, 15),
                Facts.incident(SHARING_NUDES).instigator(UNKNOWN_EXTERNAL).victim(CHILD, 15).with("coercionOrBlackmail"),
                Facts.incident(SHARING_NUDES).instigator(CHILD, 12).victim(CHILD, 12).offordProfile(),
                Facts.incident(SHARING_NUDES).instigator(CHILD, 15).victim(CHILD, 15).reported(ReportedLegality.ILLEGAL),
                Facts.incident(GROOMING_OR_SEXUAL_EXPLOITATION).instigator(UNKNOWN_EXTERNAL).victim(CHILD, 11)
                        .with("immediateDanger"),
                Facts.incident(EXTREMIST_MATERIAL).exposed(CHILD, 14).url().with("radicalisationConcern"),
                Facts.incident(HATE_MATERIAL).instigator(CHILD, 15).victim(CHILD, 14),
                Facts.incident(HATE_MATERIAL).instigator(CHILD, 15).dslAssessment(DslAssessment.INAPPROPRIATE),
                Facts.incident(ADULT_PORNOGRAPHY).instigator(VISITOR).exposed(CHILD, 8).url(),
                Facts.incident(ADULT_PORNOGRAPHY).instigator(STAFF).noBlame(),
                Facts.incident(ADULT_PORNOGRAPHY).instigator(CHILD, 16).with("extremeOrObscene").url(),
                Facts.incident(SELF_HARM_CONTENT).exposed(CHILD, 14).with("immediateDanger"),
                Facts.incident(CYBERBULLYING).instigator(CHILD, 12).victim(CHILD, 12).set("deliberate", true),
                Facts.incident(CYBERBULLYING).instigator(CHILD, 13).victim(CHILD, 13).with("threatsOrHarassment"),
                Facts.incident(CYBERBULLYING).instigator(PARENT).victim(STAFF),
                Facts.incident(ONLINE_SEXUAL_HARASSMENT).instigator(CHILD, 14).victim(CHILD, 14),
                Facts.incident(UNAUTHORISED_ACCOUNT_ACCESS).instigator(CHILD, 9),
                Facts.incident(UNAUTHORISED_ACCOUNT_ACCESS).instigator(CHILD, 14).with("repeated"),
                Facts.incident(UNAUTHORISED_ACCOUNT_ACCESS).instigator(UNKNOWN_EXTERNAL).victim(STAFF)
                        .with("personalDataInvolved", "highRiskToIndividuals"),
                Facts.incident(UNAUTHORISED_ACCOUNT_ACCESS).instigator(CHILD, 14)
                        .externalOutcome(ExternalOutcome.NO_ILLEGAL_ACTIVITY),
                Facts.incident(PASSWORD_SHARING).instigator(CHILD, 11).noBlame(),
                Facts.incident(FILTER_CIRCUMVENTION).staffInstigator(IT_SUPPORT).with("deliberate", "repeated"),
                Facts.incident(PERSONAL_DEVICE_MISUSE).instigator(STAFF).exposed(CHILD, 7).set("harmThresholdMet", false),
                Facts.incident(NON_EDUCATIONAL_USE).instigator(CHILD, 10).dslReportDeadline(DslReportDeadline.SAME_DAY),
                Facts.incident(NON_EDUCATIONAL_USE).instigator(HEADTEACHER)
                        .headteacherConcerns(HeadteacherConcerns.HARM_THRESHOLD),
                Facts.incident(COPYRIGHT_INFRINGEMENT).instigator(STAFF).url().with("schoolPublishedContent"),
                Facts.incident(PERSONAL_DATA_BREACH).staffInstigator(DATA_PROTECTION_OFFICER).with("riskToIndividuals"),
                Facts.incident(INAPPROPRIATE_COMMUNICATION).staffInstigator(DSL).victim(CHILD, 14),
                Facts.incident(INAPPROPRIATE_COMMUNICATION).staffInstigator(DSL).staffInstigator(DEPUTY_DSL)
                        .victim(CHILD, 14).externalOutcome(ExternalOutcome.ILLEGAL_CONFIRMED),
                Facts.incident(OFFENSIVE_MESSAGE).instigator(CHILD, 12).victim(HEADTEACHER),
                Facts.incident(UNSUITABLE_CONTENT).instigator(PARENT).victim(CHILD, 6),
                Facts.incident(UNSUITABLE_CONTENT).exposed(CHILD, 9).noBlame().url(),
                Facts.incident(OTHER).witness(CHILD, 10).reported(ReportedLegality.UNSURE).with("riskOfSignificantHarm"));
    }

    @Test
    void shouldGiveTheSameOutcomeForEveryIncidentOnEveryEvaluation() {
        List<Facts> incidents = incidents();
        assertTrue(incidents.size() >= 30, "a varied set of at least 30 incidents");
        List<String> first = new ArrayList<>();
        for (Facts facts : incidents) {
            first.add(facts.evaluate(rules).fingerprint());
        }
        for (int round = 1; round < ROUNDS; round++) {
            for (int i = 0; i < incidents.size(); i++) {
                assertEquals(first.get(i), incidents.get(i).evaluate(rules).fingerprint(),
                        "round " + round + ", incident " + incidents.get(i));
            }
        }
    }
}
