package org.esafety.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.esafety.action.Decision;

/**
 * Runs every situation of {@code rules/scenarios/} through the real {@code rules/} and the decider, and
 * checks the decision the policy (decision-table.md) requires. Plain JUnit: run from the project folder.
 */
class ScenarioTest {

    private static final Path SCENARIOS = Path.of("rules", "scenarios");
    private static final int MINIMUM_SCENARIOS = 80;

    private static ScenarioRunner runner;

    @BeforeAll
    static void compileRulesOnce() {
        runner = new ScenarioRunner(RuleCompiler.compile(Path.of("rules"), Instant.now()));
    }

    static Stream<String> scenarioFiles() {
        return files().stream().map(p -> p.getFileName().toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarioFiles")
    void decisionMatchesThePolicy(String name) {
        Path file = SCENARIOS.resolve(name);
        Scenario scenario = Scenario.read(file);
        List<String> failures = new ArrayList<>();
        if (scenario.title() == null || scenario.school() == null || scenario.facts() == null
                || scenario.expect() == null) {
            fail(file + ": a scenario needs title, school, facts and expect");
        }
        failures.addAll(ScenarioCheck.unknownCodes(scenario, runner.catalogue()));
        Decision decision;
        try {
            decision = runner.run(scenario);
        } catch (RuntimeException e) {
            failures.add("the scenario could not be decided: " + e);
            fail(message(file, scenario, failures, ""));
            return;
        }
        failures.addAll(ScenarioCheck.failures(scenario, decision));
        if (!failures.isEmpty()) {
            fail(message(file, scenario, failures, ScenarioCheck.describe(decision)));
        }
    }

    @Test
    void everyActionAndInstructionOfTheCatalogueIsShownByAScenario() {
        ActionCatalogue catalogue = runner.catalogue();
        Set<String> shown = files().stream().map(Scenario::read).flatMap(Scenario::expectedCodes)
                .collect(Collectors.toSet());
        Set<String> missing = new TreeSet<>(catalogue.actions().keySet());
        missing.addAll(catalogue.instructions().keySet());
        missing.removeAll(shown);
        assertTrue(missing.isEmpty(), "no scenario expects these catalogue codes: " + missing);
    }

    @Test
    void thereAreEnoughScenarios() {
        int count = files().size();
        assertTrue(count >= MINIMUM_SCENARIOS,
                "expected at least " + MINIMUM_SCENARIOS + " scenarios in " + SCENARIOS + " but found " + count);
    }

    private static String message(Path file, Scenario scenario, List<String> failures, String decided) {
        return file + " (" + scenario.title() + ")\n  - " + String.join("\n  - ", failures) + "\n" + decided;
    }

    private static List<Path> files() {
        try (Stream<Path> paths = Files.list(SCENARIOS)) {
            return paths.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + SCENARIOS, e);
        }
    }
}
