package org.esafety.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import org.esafety.policy.Category;
import org.esafety.policy.Circumstances;
import org.esafety.policy.DeadlineKind;
import org.esafety.policy.DslAssessment;
import org.esafety.policy.DslReportDeadline;
import org.esafety.policy.ExternalOutcome;
import org.esafety.policy.HeadteacherConcerns;
import org.esafety.policy.Legality;
import org.esafety.policy.NudesPolicy;
import org.esafety.policy.PartyKind;
import org.esafety.policy.PartyRole;
import org.esafety.policy.ReportedLegality;
import org.esafety.policy.Responsible;
import org.esafety.policy.StaffAllegations;
import org.esafety.policy.StaffRole;

/**
 * One file of {@code rules/scenarios/}: a situation's facts and the decision the policy requires.
 * Every key is optional except {@code title}, {@code school}, {@code facts} and {@code expect};
 * an unknown key, enum value or duplicate key makes the file invalid.
 */
record Scenario(String title, String source, String note, String school, SchoolOverrides schoolOverrides,
                String reportedAt, Facts facts, Expect expect) {

    /** Profile settings of decision-table §7 replaced for this scenario only (null keeps the profile's). */
    record SchoolOverrides(Boolean headteacherIsDsl, DslReportDeadline dslReportDeadline, NudesPolicy nudesPolicy,
                           StaffAllegations staffAllegations, HeadteacherConcerns headteacherConcerns) {
    }

    /** The facts the rules see; {@code url} says only whether a URL was given. */
    record Facts(Category category, Boolean url, ReportedLegality reportedLegality, DslAssessment dslAssessment,
                 ExternalOutcome externalOutcome, List<PartyFact> parties, Circumstances circumstances) {
    }

    /** A party; {@code ref} only tells the reader that two entries are one person in two roles. */
    record PartyFact(PartyRole role, PartyKind kind, StaffRole staffRole, Integer age, String ref,
                     Boolean agencyOrContractor) {
    }

    /** What the decision must show. Only the keys given are checked. */
    record Expect(Legality legality, List<ActionExpectation> actions, List<String> instructions,
                  List<List<String>> before, Absent absent, Boolean exactActions, Boolean exactInstructions) {

        List<ActionExpectation> actionList() {
            return actions == null ? List.of() : actions;
        }

        List<String> instructionList() {
            return instructions == null ? List.of() : instructions;
        }

        List<List<String>> beforeList() {
            return before == null ? List.of() : before;
        }

        Absent absentOrNone() {
            return absent == null ? new Absent(null, null) : absent;
        }
    }

    /** One required action; the keys not given are not checked. */
    record ActionExpectation(String code, Responsible responsible, DeadlineKind deadline, Integer band,
                             Integer order, String dueAt, String contact) {
    }

    /** Codes that must not be in the decision. */
    record Absent(List<String> actions, List<String> instructions) {

        List<String> actionList() {
            return actions == null ? List.of() : actions;
        }

        List<String> instructionList() {
            return instructions == null ? List.of() : instructions;
        }
    }

    private static final YAMLMapper MAPPER = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();

    static Scenario read(Path file) {
        try {
            return MAPPER.readValue(file.toFile(), Scenario.class);
        } catch (IOException e) {
            throw new UncheckedIOException(file + " is not a valid scenario: " + e.getMessage(), e);
        }
    }

    /** Every code the scenario says must be present (actions and instructions), for the coverage test. */
    Stream<String> expectedCodes() {
        if (expect == null) {
            return Stream.empty();
        }
        return Stream.concat(expect.actionList().stream().map(ActionExpectation::code),
                expect.instructionList().stream());
    }

    /** Every code the file names anywhere, so that a misspelt code is caught rather than silently absent. */
    Map<String, List<String>> namedCodes() {
        Absent absent = expect.absentOrNone();
        return Map.of(
                "action", Stream.of(expect.actionList().stream().map(ActionExpectation::code),
                        absent.actionList().stream(), expect.beforeList().stream().flatMap(List::stream))
                        .flatMap(s -> s).toList(),
                "instruction", Stream.concat(expect.instructionList().stream(), absent.instructionList().stream())
                        .toList());
    }
}
