package org.esafety.action;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.esafety.action.Decision.DecidedAction;
import org.esafety.common.RoleList;

/**
 * The actions ledger: the one writer of an incident's actions and instructions. It records a first decision's
 * actions, reconciles them with a new decision after a reassessment (decision-table §4), and completes them
 * * ({@link Completions}). The incident package calls it inside its own transaction, holding the incident's lock.
 */
@ApplicationScoped
public class ActionLedger {

    /**
     * What a new decision changes, worked out before the evaluation that makes it is stored: the codes added, the
     * codes superseded, and the OPEN actions of bands 1–4 that the rules no longer require but that stay OPEN for a
     * person to decide (decision-table §4, v6).
     */
    public record Changes(List<RequiredAction> existing, List<DecidedAction> toAdd, List<String> added,
                          List<String> superseded, List<String> noLongerRequired) {
    }

    /**
     * Bands 1–4 (emergency, reporting up, evidence, outside referrals): no rule may cancel a call, a report or a
     * referral that nobody made (decision-table §4, v6).
     */
    static final int LAST_BAND_KEPT_OPEN = 4;

    /** The first decision's actions and instructions, all new; the actions are returned in their order. */
    public List<RequiredAction> record(UUID incidentId, String schoolId, UUID evaluationId, Instant awareAt,
                                       Decision decision) {
        List<RequiredAction> actions = decision.actions().stream()
                .map(a -> newAction(incidentId, schoolId, evaluationId, awareAt, a)).toList();
        String subjects = RoleList.format(decision.excludedRoles());
        actions.forEach(a -> a.subjectRoles = subjects);
        RequiredAction.persist(actions);
        IncidentInstruction.persist(instructions(incidentId, evaluationId, decision));
        return actions;
    }

    /**
     * What {@code decision} changes (decision-table §4): an action still required keeps its id, status and
     * deadline; one no longer required that is OPEN is superseded, unless it is of bands 1–4, when it stays OPEN
     * marked as no longer required until a person completes it; completed ones stay as they are; one newly
     * required (or required again after being superseded) is added.
     */
    public Changes plan(UUID incidentId, Decision decision) {
        return plan(RequiredAction.forIncident(incidentId), decision);
    }

    /**
     * {@link #plan(UUID, Decision)} over the incident's {@code existing} actions, as read: reads and writes nothing
     * (the policy's invariant check runs it over pairs of decisions).
     */
    public static Changes plan(List<RequiredAction> existing, Decision decision) {
        Map<String, RequiredAction> live = existing.stream().filter(a -> a.status != ActionStatus.SUPERSEDED)
                .collect(Collectors.toMap(a -> a.code, Function.identity(), (a, b) -> a));
        Map<String, DecidedAction> required = decision.actions().stream()
                .collect(Collectors.toMap(DecidedAction::code, Function.identity()));
        List<DecidedAction> toAdd = decision.actions().stream().filter(a -> !live.containsKey(a.code())).toList();
        List<RequiredAction> dropped = live.values().stream()
                .filter(a -> a.status == ActionStatus.OPEN && !required.containsKey(a.code)).toList();
        List<String> superseded = dropped.stream().filter(a -> a.band > LAST_BAND_KEPT_OPEN).map(a -> a.code)
                .sorted().toList();
        List<String> kept = dropped.stream().filter(a -> a.band <= LAST_BAND_KEPT_OPEN).map(a -> a.code)
                .sorted().toList();
        return new Changes(existing, toAdd, toAdd.stream().map(DecidedAction::code).toList(), superseded, kept);
    }

    /**
     * Applies {@code changes} under the evaluation that made them: supersedes, marks the OPEN actions of bands
     * 1–4 the rules no longer require (keeping an earlier mark), adds (deadlines counted from {@code awareAt}),
     * updates who acts and why on the OPEN actions still required (a new fact can make the person holding a role
     * the subject, who must never act on it) and removes their mark, records the instructions, and recomputes the
     * order over the actions that are not superseded.
     */
    public void apply(Changes changes, UUID incidentId, String schoolId, UUID evaluationId, Instant awareAt,
                      Decision decision) {
        Map<String, DecidedAction> required = decision.actions().stream()
                .collect(Collectors.toMap(DecidedAction::code, Function.identity()));
        List<RequiredAction> all = new ArrayList<>(changes.existing());
        for (RequiredAction a : changes.existing()) {
            if (a.status != ActionStatus.OPEN) {
                continue;
            }
            if (changes.superseded().contains(a.code)) {
                a.status = ActionStatus.SUPERSEDED;
                a.supersededBy = evaluationId;
                a.position = null;
            } else if (changes.noLongerRequired().contains(a.code)) {
                if (a.noLongerRequiredSince == null) {
                    a.noLongerRequiredSince = evaluationId;
                    a.noLongerRequiredAt = awareAt;
                }
            } else if (required.containsKey(a.code)) {
                DecidedAction now = required.get(a.code);
                a.responsible = now.responsible();
                a.provenance = now.provenance();
                a.contact = now.contact();
                a.noLongerRequiredSince = null;
                a.noLongerRequiredAt = null;
            }
        }
        for (DecidedAction a : changes.toAdd()) {
            RequiredAction action = newAction(incidentId, schoolId, evaluationId, awareAt, a);
            action.persist();
            all.add(action);
        }
        String subjects = RoleList.format(decision.excludedRoles());
        all.forEach(a -> a.subjectRoles = subjects);
        List<RequiredAction> ranked = all.stream().filter(a -> a.status != ActionStatus.SUPERSEDED)
                .sorted(Ranked.ORDER).toList();
        for (int i = 0; i < ranked.size(); i++) {
            ranked.get(i).position = i + 1;
        }
        IncidentInstruction.persist(instructions(incidentId, evaluationId, decision));
    }

    /** Whether any action of the incident is OPEN (its status follows: OPEN, else ACTIONS_COMPLETE). */
    public boolean anyOpen(UUID incidentId) {
        RequiredAction.getEntityManager().flush();
        return RequiredAction.count("incidentId = ?1 and status = ?2", incidentId, ActionStatus.OPEN) > 0;
    }

    /** How many actions of the incident are OPEN. */
    public long openCount(UUID incidentId) {
        return RequiredAction.count("incidentId = ?1 and status = ?2", incidentId, ActionStatus.OPEN);
    }

    /** The incident and school of an action, if it exists. */
    public Optional<ActionRef> find(UUID actionId) {
        return RequiredAction.<RequiredAction>findByIdOptional(actionId)
                .map(a -> new ActionRef(a.id, a.incidentId, a.schoolId, a.responsible, a.band, a.status));
    }

    /** The actions of each incident, in no particular order; one query. */
    public Map<UUID, List<RequiredAction>> ofIncidents(Collection<UUID> incidentIds) {
        if (incidentIds.isEmpty()) {
            return Map.of();
        }
        return RequiredAction.<RequiredAction>list("incidentId in ?1", incidentIds).stream()
                .collect(Collectors.groupingBy(a -> a.incidentId));
    }

    /** The instructions each evaluation gave, by evaluation id; one query. */
    public Map<UUID, List<IncidentInstruction>> instructionsOf(Collection<UUID> evaluationIds) {
        return IncidentInstruction.forEvaluations(evaluationIds).stream()
                .sorted(Comparator.comparing((IncidentInstruction i) -> i.code))
                .collect(Collectors.groupingBy(i -> i.evaluationId));
    }

    private static RequiredAction newAction(UUID incidentId, String schoolId, UUID evaluationId, Instant awareAt,
                                            DecidedAction a) {
        RequiredAction action = new RequiredAction();
        action.id = UUID.randomUUID();
        action.incidentId = incidentId;
        action.schoolId = schoolId;
        action.evaluationId = evaluationId;
        action.code = a.code();
        action.responsible = a.responsible();
        action.deadlineKind = a.deadline();
        action.band = a.band();
        action.awareAt = awareAt;
        action.dueAt = a.dueAt();
        action.position = a.order();
        action.status = ActionStatus.OPEN;
        action.provenance = a.provenance();
        action.contact = a.contact();
        return action;
    }

    private static List<IncidentInstruction> instructions(UUID incidentId, UUID evaluationId, Decision decision) {
        return decision.instructions().stream().map(i -> {
            IncidentInstruction row = new IncidentInstruction();
            row.id = UUID.randomUUID();
            row.incidentId = incidentId;
            row.evaluationId = evaluationId;
            row.code = i.code();
            row.provenance = i.provenance();
            return row;
        }).toList();
    }
}
