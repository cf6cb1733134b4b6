package org.esafety.rules;

import java.time.Instant;
import java.util.List;

import org.esafety.action.BankHolidays;
import org.esafety.action.DeadlineCalculator;
import org.esafety.action.Decider;
import org.esafety.action.Decision;
import org.esafety.policy.Case;
import org.esafety.policy.Circumstances;
import org.esafety.policy.Party;
import org.esafety.school.School;
import org.esafety.school.SchoolRegistry;

/**
 * Runs a scenario the way a dry run does (api.md "Without storing"): the facts through the real rules
 * and the decider, every deadline counted from {@code reportedAt}.
 */
final class ScenarioRunner {

    /** A Tuesday morning in term, when a scenario does not say when it was reported. */
    static final Instant DEFAULT_REPORTED_AT = Instant.parse("2026-11-17T10:30:00Z");

    private final RuleSet ruleSet;
    private final ActionCatalogue catalogue;
    private final Decider decider;
    private final SchoolRegistry schools = SchoolRegistry.standard();

    ScenarioRunner(RuleSet ruleSet) {
        this.ruleSet = ruleSet;
        this.catalogue = ruleSet.catalogue();
        this.decider = new Decider(new DeadlineCalculator(BankHolidays.englandAndWales()));
    }

    Decision run(Scenario scenario) {
        Scenario.Facts facts = scenario.facts();
        if (facts == null || facts.category() == null || facts.parties() == null || facts.parties().isEmpty()) {
            throw new IllegalArgumentException("facts need a category and at least one party");
        }
        Case incident = new Case(facts.category(), facts.reportedLegality(), facts.dslAssessment(),
                facts.externalOutcome(), Boolean.TRUE.equals(facts.url()));
        Circumstances circumstances = facts.circumstances() == null ? Circumstances.unknown() : facts.circumstances();
        List<Party> parties = facts.parties().stream().map(ScenarioRunner::party).toList();
        School school = school(scenario);
        Instant reportedAt = reportedAt(scenario);
        RuleOutcome outcome = RuleEngine.evaluate(ruleSet, incident, circumstances, parties, school.policy());
        return decider.decide(outcome, catalogue, school, reportedAt, reportedAt);
    }

    ActionCatalogue catalogue() {
        return catalogue;
    }

    static Instant reportedAt(Scenario scenario) {
        return scenario.reportedAt() == null ? DEFAULT_REPORTED_AT : Instant.parse(scenario.reportedAt());
    }

    private static Party party(Scenario.PartyFact p) {
        if (p.role() == null || p.kind() == null) {
            throw new IllegalArgumentException("every party needs a role and a kind");
        }
        return new Party(p.role(), p.kind(), p.staffRole(), p.age(), p.agencyOrContractor());
    }

    /** The shipped profile, with the scenario's overrides of its rule settings. */
    School school(Scenario scenario) {
        School s = schools.find(scenario.school()).orElseThrow(() -> new IllegalArgumentException(
                "no shipped school profile '" + scenario.school() + "'"));
        Scenario.SchoolOverrides o = scenario.schoolOverrides();
        if (o == null) {
            return s;
        }
        return new School(s.id(), s.name(), s.timeZone(), s.schoolDayEnd(), s.immediateWindow(),
                o.headteacherIsDsl() == null ? s.headteacherIsDsl() : o.headteacherIsDsl(), s.chairTitle(),
                o.dslReportDeadline() == null ? s.dslReportDeadline() : o.dslReportDeadline(),
                o.nudesPolicy() == null ? s.nudesPolicy() : o.nudesPolicy(),
                o.staffAllegations() == null ? s.staffAllegations() : o.staffAllegations(),
                o.headteacherConcerns() == null ? s.headteacherConcerns() : o.headteacherConcerns(),
                s.contacts(), s.roleInboxes());
    }
}
