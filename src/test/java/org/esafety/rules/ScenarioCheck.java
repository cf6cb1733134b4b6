package org.esafety.rules;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.esafety.action.Decision;
import org.esafety.action.Decision.DecidedAction;
import org.esafety.action.Decision.DecidedInstruction;

/** Compares a decision with a scenario's expectations and words every difference for an auditor. */
final class ScenarioCheck {

    private ScenarioCheck() {
    }

    /** The codes a scenario names that the catalogue does not know (a misspelt code would pass as absent). */
    static List<String> unknownCodes(Scenario scenario, ActionCatalogue catalogue) {
        List<String> problems = new ArrayList<>();
        Map<String, List<String>> named = scenario.namedCodes();
        named.get("action").stream().filter(c -> catalogue.action(c).isEmpty()).distinct()
                .forEach(c -> problems.add("names action " + c + ", which is not in the catalogue (§5)"));
        named.get("instruction").stream().filter(c -> catalogue.instruction(c).isEmpty()).distinct()
                .forEach(c -> problems.add("names instruction " + c + ", which is not in the catalogue (§6)"));
        return problems;
    }

    static List<String> failures(Scenario scenario, Decision decision) {
        Scenario.Expect expect = scenario.expect();
        List<String> failures = new ArrayList<>();
        if (expect.legality() != null && expect.legality() != decision.legality()) {
            failures.add("legality: expected " + expect.legality() + " but was " + decision.legality());
        }
        for (Scenario.ActionExpectation e : expect.actionList()) {
            Optional<DecidedAction> actual = action(decision, e.code());
            if (actual.isEmpty()) {
                failures.add("action " + e.code() + ": expected but missing");
            } else {
                compare(e, actual.get(), failures);
            }
        }
        Set<String> instructions = instructionCodes(decision);
        expect.instructionList().stream().filter(i -> !instructions.contains(i))
                .forEach(i -> failures.add("instruction " + i + ": expected but missing"));
        for (List<String> pair : expect.beforeList()) {
            before(decision, pair, failures);
        }
        Scenario.Absent absent = expect.absentOrNone();
        absent.actionList().stream().filter(c -> action(decision, c).isPresent())
                .forEach(c -> failures.add("action " + c + ": expected absent but present"));
        absent.instructionList().stream().filter(instructions::contains)
                .forEach(i -> failures.add("instruction " + i + ": expected absent but present"));
        if (Boolean.TRUE.equals(expect.exactActions())) {
            exact("actions", expect.actionList().stream().map(Scenario.ActionExpectation::code).toList(),
                    decision.actions().stream().map(DecidedAction::code).toList(), failures);
        }
        if (Boolean.TRUE.equals(expect.exactInstructions())) {
            exact("instructions", expect.instructionList(), List.copyOf(instructions), failures);
        }
        return failures;
    }

    private static void compare(Scenario.ActionExpectation e, DecidedAction a, List<String> failures) {
        check(e.code(), "responsible", e.responsible(), a.responsible(), failures);
        check(e.code(), "deadline", e.deadline(), a.deadline(), failures);
        check(e.code(), "band", e.band(), a.band(), failures);
        check(e.code(), "order", e.order(), a.order(), failures);
        check(e.code(), "dueAt", e.dueAt() == null ? null : Instant.parse(e.dueAt()), a.dueAt(), failures);
        check(e.code(), "contact", e.contact(), a.contact(), failures);
    }

    private static void check(String code, String key, Object expected, Object actual, List<String> failures) {
        if (expected != null && !Objects.equals(expected, actual)) {
            failures.add("action " + code + ": expected " + key + " " + expected + " but was " + actual);
        }
    }

    private static void before(Decision decision, List<String> pair, List<String> failures) {
        if (pair.size() != 2) {
            failures.add("before " + pair + ": must name exactly two actions");
            return;
        }
        Optional<DecidedAction> first = action(decision, pair.get(0));
        Optional<DecidedAction> second = action(decision, pair.get(1));
        if (first.isEmpty() || second.isEmpty()) {
            failures.add("before " + pair + ": both actions must be present");
        } else if (first.get().order() >= second.get().order()) {
            failures.add("before " + pair + ": expected " + pair.get(0) + " earlier but its order is "
                    + first.get().order() + " against " + second.get().order());
        }
    }

    private static void exact(String what, List<String> expected, List<String> actual, List<String> failures) {
        Set<String> missing = new TreeSet<>(expected);
        missing.removeAll(actual);
        Set<String> extra = new TreeSet<>(actual);
        expected.forEach(extra::remove);
        if (!extra.isEmpty()) {
            failures.add("exact " + what + ": unexpected " + extra + (missing.isEmpty() ? "" : ", missing " + missing));
        }
    }

    private static Optional<DecidedAction> action(Decision decision, String code) {
        return decision.actions().stream().filter(a -> a.code().equals(code)).findFirst();
    }

    private static Set<String> instructionCodes(Decision decision) {
        return decision.instructions().stream().map(DecidedInstruction::code)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** The decision as a reader needs it to see why an expectation failed. */
    static String describe(Decision decision) {
        StringBuilder s = new StringBuilder("  decided: legality ").append(decision.legality()).append('\n');
        for (DecidedAction a : decision.actions()) {
            s.append(String.format("    %2d %-32s %-24s %-16s %s band %d%n", a.order(), a.code(), a.responsible(),
                    a.deadline(), a.dueAt(), a.band()));
        }
        s.append("    instructions ").append(instructionCodes(decision)).append('\n');
        return s.toString();
    }
}
