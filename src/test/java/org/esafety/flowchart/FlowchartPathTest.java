package org.esafety.flowchart;

import static org.esafety.policy.PartyKind.CHILD;
import static org.esafety.policy.PartyKind.HEADTEACHER;
import static org.esafety.policy.PartyKind.PARENT;
import static org.esafety.policy.PartyKind.STAFF;
import static org.esafety.policy.PartyKind.UNKNOWN_EXTERNAL;
import static org.esafety.policy.PartyRole.INSTIGATOR;
import static org.esafety.policy.PartyRole.VICTIM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import org.esafety.policy.Category;
import org.esafety.policy.ExternalOutcome;

/**
 * Real incidents through the real rules: the steps and arrows of the shipped flowchart their decision lights,
 * and the ones it must not.
 */
class FlowchartPathTest {

    private static final Flowchart CHART = Flowchart.load(Path.of("rules", "flowchart.yaml"));

    @Test
    void shouldLightThePoliceAndSocialCareForAbuseImageryOfAChildSharedByAChild() {
        ParsedChart chart = lit(Incidents.of(Category.CHILD_SEXUAL_ABUSE_IMAGERY).party(INSTIGATOR, CHILD, 14)
                .party(VICTIM, CHILD, 13).url());
        expect(chart, Set.of("incident", "report", "illegal", "secure-evidence", "police", "iwf",
                        "illegal-social-care", "await", "holds", "tell-parents", "review"),
                Set.of("ceop", "helpline", "call-999", "nudes-review", "tell-headteacher", "tell-chair", "staff-lado",
                        "headteacher-lado", "pupil-sanction", "confirmed", "revert", "parents-social-care"));
        assertTrue(chart.litEdges().containsAll(Set.of("illegal>secure-evidence", "secure-evidence>police",
                "secure-evidence>iwf", "police>illegal-social-care", "ceop>await", "parents>tell-parents")),
                chart.litEdges().toString());
        assertFalse(chart.litEdges().contains("illegal>helpline"));
        assertFalse(chart.litEdges().contains("instigator>pupil-sanction"), "sanctions are held");
    }

    @Test
    void shouldLightCeopForGroomingByAnUnknownContact() {
        ParsedChart chart = lit(Incidents.of(Category.GROOMING_OR_SEXUAL_EXPLOITATION)
                .party(INSTIGATOR, UNKNOWN_EXTERNAL, null).party(VICTIM, CHILD, 12));
        expect(chart, Set.of("police", "ceop", "illegal-social-care", "tell-parents"),
                Set.of("iwf", "tell-headteacher", "tell-chair", "pupil-sanction", "holds"));
    }

    @Test
    void shouldLightTheLadoButNotTheChairWhenAMemberOfStaffIsTheInstigator() {
        ParsedChart chart = lit(Incidents.of(Category.NON_EDUCATIONAL_USE).party(INSTIGATOR, STAFF, null)
                .flags(Map.of("harmThresholdMet", true, "deliberate", true)));
        expect(chart, Set.of("tell-headteacher", "staff-lado", "holds"),
                Set.of("tell-chair", "headteacher-lado", "staff-low-level", "secure-evidence", "police", "discipline",
                        "tell-parents", "parents-social-care"));
        assertTrue(chart.litEdges().containsAll(Set.of("instigator>tell-headteacher", "tell-headteacher>staff-lado")));
        assertFalse(chart.litEdges().contains("instigator>tell-chair"));
    }

    @Test
    void shouldLightTheChairOfGovernorsAndNotTheHeadteacherWhenTheHeadteacherIsTheInstigator() {
        ParsedChart chart = lit(Incidents.of(Category.INAPPROPRIATE_COMMUNICATION).party(INSTIGATOR, HEADTEACHER, null)
                .party(VICTIM, CHILD, 14).flags(Map.of("deliberate", true)));
        expect(chart, Set.of("tell-chair", "headteacher-lado", "tell-parents"),
                Set.of("tell-headteacher", "staff-lado", "headteacher-low-level", "discipline"));
        assertTrue(chart.litEdges().containsAll(Set.of("instigator>tell-chair", "tell-chair>headteacher-lado")));
    }

    @Test
    void shouldKeepSharingNudesWithoutAggravationInSchool() {
        ParsedChart chart = lit(Incidents.of(Category.SHARING_NUDES).party(INSTIGATOR, CHILD, 15)
                .party(VICTIM, CHILD, 15).flags(Map.of("coercionOrBlackmail", false)));
        expect(chart, Set.of("nudes-review", "nudes-in-school", "tell-parents"),
                Set.of("secure-evidence", "police", "ceop", "illegal-social-care", "pupil-sanction"));
        assertTrue(chart.litEdges().contains("nudes-aggravated>nudes-in-school"));
        assertFalse(chart.litEdges().contains("nudes-aggravated>illegal"));
    }

    @Test
    void shouldTakeBlackmailWithNudesToThePoliceCeopAndSocialCare() {
        ParsedChart chart = lit(Incidents.of(Category.SHARING_NUDES).party(INSTIGATOR, UNKNOWN_EXTERNAL, null)
                .party(VICTIM, CHILD, 15).flags(Map.of("coercionOrBlackmail", true, "deliberate", true)));
        expect(chart, Set.of("nudes-review", "secure-evidence", "police", "ceop", "illegal-social-care"),
                Set.of("nudes-in-school"));
        assertTrue(chart.litEdges().contains("nudes-aggravated>illegal"));
    }

    @Test
    void shouldCall999AndSocialCareWhenAChildIsInImmediateDanger() {
        ParsedChart chart = lit(Incidents.of(Category.SELF_HARM_CONTENT).party(VICTIM, CHILD, 14)
                .flags(Map.of("immediateDanger", true)));
        expect(chart, Set.of("call-999", "danger-social-care"), Set.of("secure-evidence", "police"));
        assertTrue(chart.litEdges().containsAll(Set.of("danger>call-999", "danger>danger-social-care")));
    }

    @Test
    void shouldReferToSocialCareAndNotTellParentsWhoAreInvolved() {
        ParsedChart chart = lit(Incidents.of(Category.OFFENSIVE_MESSAGE).party(INSTIGATOR, PARENT, null)
                .party(VICTIM, CHILD, 9));
        expect(chart, Set.of("parents-social-care"), Set.of("tell-parents"));
        assertTrue(chart.litEdges().contains("parents>parents-social-care"));
    }

    @Test
    void shouldFollowTheAgencysAnswer() {
        Incidents imagery = Incidents.of(Category.CHILD_SEXUAL_ABUSE_IMAGERY).party(INSTIGATOR, STAFF, null);
        expect(lit(imagery.outcome(ExternalOutcome.ILLEGAL_CONFIRMED)), Set.of("await", "confirmed"), Set.of("revert"));
        expect(lit(imagery.outcome(ExternalOutcome.NO_ILLEGAL_ACTIVITY)), Set.of("await", "revert"),
                Set.of("confirmed", "police"));
    }

    @Test
    void shouldGiveThePathAsTextInTheOrderOfTheChart() {
        List<String> fired = Incidents.of(Category.SELF_HARM_CONTENT).party(VICTIM, CHILD, 14)
                .flags(Map.of("immediateDanger", true)).fired();
        List<String> steps = CHART.litSteps(fired);
        assertEquals("An e-safety incident is reported", steps.get(0));
        int call = steps.indexOf("Call 999: the emergency services first");
        assertTrue(call > 0 && call < steps.indexOf("Review policies and filtering; implement changes"),
                steps.toString());
        assertEquals(new ParsedChart(CHART.svg(fired)).litSteps().size(), steps.size());
        String desc = new ParsedChart(CHART.svg(fired)).root().getElementsByTagNameNS(ParsedChart.SVG, "desc")
                .item(0).getTextContent();
        assertTrue(desc.contains("Call 999: the emergency services first"), desc);
    }

    private static ParsedChart lit(Incidents incident) {
        List<String> fired = incident.fired();
        assertFalse(fired.isEmpty());
        return new ParsedChart(CHART.svg(fired));
    }

    private static void expect(ParsedChart chart, Set<String> lit, Set<String> unlit) {
        Set<String> actual = chart.litSteps();
        assertTrue(actual.containsAll(lit), "expected lit " + lit + " among " + actual);
        Set<String> wronglyLit = new TreeSet<>(unlit);
        wronglyLit.retainAll(actual);
        assertTrue(wronglyLit.isEmpty(), "expected unlit but lit: " + wronglyLit);
    }
}
