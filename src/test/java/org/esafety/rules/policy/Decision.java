package org.esafety.rules.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.esafety.policy.DeadlineKind;
import org.esafety.policy.Legality;
import org.esafety.policy.Responsible;
import org.esafety.rules.RuleInfo;
import org.esafety.rules.RuleOutcome;
import org.esafety.rules.RuleSet;

/** One rule outcome, with the questions rule tests ask of it. */
final class Decision {

    private final RuleSet rules;
    private final RuleOutcome outcome;

    Decision(RuleSet rules, RuleOutcome outcome) {
        this.rules = rules;
        this.outcome = outcome;
    }

    RuleOutcome outcome() {
        return outcome;
    }

    Legality legality() {
        return outcome.legality();
    }

    Set<String> actions() {
        return outcome.actions().stream().map(RuleOutcome.ActionRequest::code).collect(Collectors.toCollection(TreeSet::new));
    }

    Set<String> instructions() {
        return outcome.instructions().stream().map(RuleOutcome.InstructionRequest::code)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** The ids of the rules that fired. */
    Set<String> fired() {
        return outcome.firedRules().stream().map(rules::rule).filter(Objects::nonNull).map(RuleInfo::id)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** Each substitution as "FROM>TO". */
    Set<String> substitutions() {
        return outcome.substitutions().stream().map(s -> s.from() + ">" + s.to())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** The earliest deadline asked for the code, the catalogue default standing in for "no deadline". */
    DeadlineKind deadline(String code) {
        return outcome.actions().stream().filter(a -> a.code().equals(code))
                .map(a -> a.deadline() == null ? Catalogue.defaultDeadline(code) : a.deadline())
                .min(Comparator.naturalOrder())
                .orElseThrow(() -> new AssertionError(code + " was not required; actions: " + actions()));
    }

    /** Who ends up responsible for the code after following the substitutions (fails on a cycle). */
    Responsible responsibleFor(String code) {
        Map<Responsible, Responsible> next = new HashMap<>();
        outcome.substitutions().forEach(s -> next.put(s.from(), s.to()));
        Responsible current = Catalogue.defaultResponsible(code);
        Set<Responsible> seen = new HashSet<>();
        while (next.containsKey(current)) {
            assertTrue(seen.add(current), "substitution cycle at " + current + ": " + substitutions());
            current = next.get(current);
        }
        return current;
    }

    /** A stable text of everything the rules concluded, for comparing repeated evaluations. */
    String fingerprint() {
        List<String> actions = outcome.actions().stream().map(a -> a.code() + "/" + a.deadline() + "/" + a.rule().id())
                .sorted().toList();
        List<String> instructions = outcome.instructions().stream().map(i -> i.code() + "/" + i.rule().id()).sorted().toList();
        List<String> subs = outcome.substitutions().stream().map(s -> s.from() + ">" + s.to() + "/" + s.rule().id())
                .sorted().toList();
        List<String> fired = outcome.firedRules().stream().sorted().toList();
        return outcome.legality() + " " + actions + " " + instructions + " " + subs + " " + fired;
    }

    Decision requires(String... codes) {
        for (String code : codes) {
            assertTrue(actions().contains(code), code + " should be required; actions: " + actions());
        }
        return this;
    }

    Decision doesNotRequire(String... codes) {
        for (String code : codes) {
            assertFalse(actions().contains(code), code + " should not be required; actions: " + actions());
        }
        return this;
    }

    Decision instructs(String... codes) {
        for (String code : codes) {
            assertTrue(instructions().contains(code), code + " should be instructed; instructions: " + instructions());
        }
        return this;
    }

    Decision doesNotInstruct(String... codes) {
        for (String code : codes) {
            assertFalse(instructions().contains(code), code + " should not be instructed; instructions: " + instructions());
        }
        return this;
    }

    Decision isLegality(Legality expected) {
        assertEquals(expected, legality(), "legality");
        return this;
    }

    Decision hasDeadline(String code, DeadlineKind expected) {
        assertEquals(expected, deadline(code), "deadline of " + code);
        return this;
    }

    Decision substitutes(String... fromTo) {
        for (String s : fromTo) {
            assertTrue(substitutions().contains(s), s + " should be a substitution; substitutions: " + substitutions());
        }
        return this;
    }

    Decision hasNoSubstitutions() {
        assertTrue(substitutions().isEmpty(), "no substitution expected; got " + substitutions());
        return this;
    }

    Decision firedRule(String id) {
        assertTrue(fired().contains(id), id + " should have fired; fired: " + fired());
        return this;
    }

    Decision didNotFire(String id) {
        assertFalse(fired().contains(id), id + " should not have fired; fired: " + fired());
        return this;
    }

    /** None of the sanction or disciplinary actions of decision-table §5. */
    Decision hasNoSanction() {
        return doesNotRequire(Catalogue.SANCTIONS.toArray(String[]::new));
    }

    @Override
    public String toString() {
        return fingerprint();
    }
}
