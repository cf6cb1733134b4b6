package org.esafety.action;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.esafety.action.Decision.DecidedAction;
import org.esafety.action.Decision.DecidedInstruction;
import org.esafety.policy.DeadlineKind;
import org.esafety.policy.Responsible;
import org.esafety.rules.ActionCatalogue;
import org.esafety.rules.RuleOutcome;
import org.esafety.rules.RuleOutcome.ActionRequest;
import org.esafety.rules.RuleOutcome.InstructionRequest;
import org.esafety.rules.RuleRef;
import org.esafety.school.School;

/**
 * Turns what the rules asked for into a decision: one action per code with the earliest deadline and
 * every rule kept, wording and default roles from the catalogue, the rules' substitutions applied,
 * due instants from the school's calendar, and the order of decision-table §2. Decides nothing itself.
 */
public final class Decider {

    private final DeadlineCalculator deadlines;

    public Decider(DeadlineCalculator deadlines) {
        this.deadlines = deadlines;
    }

    /**
     * The decision for facts the school became aware of at {@code awareness}, worded and timed by the catalogue
     * of the rule set that reached {@code outcome}.
     */
    public Decision decide(RuleOutcome outcome, ActionCatalogue catalogue, School school, Instant awareness,
                           Instant evaluatedAt) {
        Substitutions substitutions = new Substitutions(outcome.substitutions());
        Map<String, List<ActionRequest>> byCode = new LinkedHashMap<>();
        outcome.actions().forEach(a -> byCode.computeIfAbsent(a.code(), c -> new ArrayList<>()).add(a));
        List<DecidedAction> unordered = new ArrayList<>();
        byCode.forEach((code, requests) -> unordered.add(action(catalogue, code, requests, school, awareness,
                substitutions)));
        List<DecidedAction> sorted = unordered.stream().sorted(Ranked.ORDER).toList();
        List<DecidedAction> actions = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            DecidedAction a = sorted.get(i);
            actions.add(new DecidedAction(a.code(), a.title(), a.responsible(), a.deadline(), a.dueAt(), a.band(),
                    i + 1, a.provenance(), a.contact()));
        }
        Set<Responsible> excluded = EnumSet.noneOf(Responsible.class);
        outcome.substitutions().forEach(s -> excluded.add(s.from()));
        return new Decision(outcome.ruleSetVersion(), outcome.legality(), evaluatedAt, outcome.firedRules(),
                List.copyOf(actions), instructions(catalogue, outcome.instructions()), Set.copyOf(excluded));
    }

    private DecidedAction action(ActionCatalogue catalogue, String code, List<ActionRequest> requests, School school, Instant awareness,
                                 Substitutions substitutions) {
        ActionCatalogue.Entry entry = catalogue.action(code).orElseThrow(() -> new IllegalStateException(
                "rule " + requests.get(0).rule().name() + " asked for " + code + ", which the catalogue lacks"));
        DeadlineKind kind = null;
        Instant due = null;
        Set<RuleRef> rules = new LinkedHashSet<>();
        for (ActionRequest request : requests) {
            DeadlineKind k = request.deadline() == null ? entry.deadline() : request.deadline();
            Instant d = deadlines.dueAt(k, awareness, school.timeZone(), school.schoolDayEnd(), school.immediateWindow());
            if (due == null || d.isBefore(due) || (d.equals(due) && k.compareTo(kind) < 0)) {
                kind = k;
                due = d;
            }
            rules.add(request.rule());
        }
        Substitutions.Resolved responsible = substitutions.resolve(entry.responsible());
        rules.addAll(responsible.rules());
        return new DecidedAction(code, entry.title(), responsible.role(), kind, due, entry.band(), 0,
                List.copyOf(rules), school.contacts().of(entry.contact()));
    }

    private List<DecidedInstruction> instructions(ActionCatalogue catalogue, List<InstructionRequest> requests) {
        Map<String, Set<RuleRef>> byCode = new LinkedHashMap<>();
        requests.forEach(i -> byCode.computeIfAbsent(i.code(), c -> new LinkedHashSet<>()).add(i.rule()));
        return byCode.entrySet().stream()
                .map(e -> new DecidedInstruction(e.getKey(), catalogue.instruction(e.getKey()).orElseThrow(
                        () -> new IllegalStateException("the catalogue lacks the instruction " + e.getKey())),
                        List.copyOf(e.getValue())))
                .sorted(Comparator.comparing(DecidedInstruction::code))
                .toList();
    }
}
