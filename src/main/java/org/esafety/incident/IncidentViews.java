package org.esafety.incident;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.esafety.action.ActionLedger;
import org.esafety.action.ActionView;
import org.esafety.action.ActionViews;
import org.esafety.action.AddendumView;
import org.esafety.action.Assessment;
import org.esafety.action.Decision;
import org.esafety.action.IncidentInstruction;
import org.esafety.action.InstructionView;
import org.esafety.action.NotificationView;
import org.esafety.action.Ranked;
import org.esafety.action.RequiredAction;
import org.esafety.common.Attribution;
import org.esafety.rules.RuleSetHolder;

/**
 * Builds the incident view of api.md from what is stored. A page of incidents is built in a fixed number of
 * statements, whatever its size: parties, latest evaluations, actions, instructions and notifications are each
 * read for the whole page at once.
 */
@ApplicationScoped
public class IncidentViews {

    /** By order; superseded actions (no order) last, in band, due and code order. */
    static final Comparator<RequiredAction> DISPLAY = Comparator
            .comparing((RequiredAction a) -> a.position == null ? Integer.MAX_VALUE : a.position)
            .thenComparing(Ranked.ORDER);

    private final ActionLedger ledger;
    private final ActionViews actionViews;
    private final RuleSetHolder rules;

    public IncidentViews(ActionLedger ledger, ActionViews actionViews, RuleSetHolder rules) {
        this.ledger = ledger;
        this.actionViews = actionViews;
        this.rules = rules;
    }

    /** The view of one stored incident. */
    public IncidentView view(Incident incident) {
        return views(List.of(incident)).get(0);
    }

    /** The views of {@code incidents}, in their order. */
    public List<IncidentView> views(List<Incident> incidents) {
        List<UUID> ids = incidents.stream().map(i -> i.id).toList();
        Map<UUID, Evaluation> latest = Evaluation.latestOf(ids);
        Map<UUID, List<RequiredAction>> actions = ledger.ofIncidents(ids);
        Map<UUID, List<IncidentInstruction>> instructions = ledger.instructionsOf(
                latest.values().stream().map(e -> e.id).toList());
        Map<UUID, List<NotificationView>> sent = actionViews.noticesOfIncidents(ids);
        Map<UUID, List<AddendumView>> addenda = actionViews.addendaOf(
                actions.values().stream().flatMap(List::stream).toList());
        Map<UUID, List<CaseNoteView>> notes = CaseNote.forIncidents(ids).stream().collect(Collectors.groupingBy(
                n -> n.incidentId, Collectors.mapping(CaseNoteView::of, Collectors.toList())));
        Map<UUID, IncidentView.Acknowledgement> told = acknowledgements(ids);
        return incidents.stream().map(i -> {
            Evaluation e = latest.get(i.id);
            return view(i, e, actions.getOrDefault(i.id, List.of()), instructions.getOrDefault(e.id, List.of()), sent,
                    addenda, notes.getOrDefault(i.id, List.of())).withAcknowledgement(told.get(i.id));
        }).toList();
    }

    /** The view of an incident written in this transaction: nothing needs reading back, nothing was sent yet. */
    IncidentView created(Incident incident, List<RequiredAction> actions, Decision decision, Evaluation evaluation) {
        return build(incident, evaluation, actionViews.created(actions.stream().sorted(DISPLAY).toList()),
                decision.instructions().stream().map(InstructionView::of).toList(), List.of());
    }

    /** When each incident's announcement first reached the DSL's side, and when that side first opened it. */
    private Map<UUID, IncidentView.Acknowledgement> acknowledgements(List<UUID> ids) {
        Map<UUID, java.time.Instant> told = new java.util.HashMap<>();
        actionViews.announcementsOf(ids).forEach((id, sent) -> sent.stream().filter(NotificationView::delivered)
                .map(NotificationView::deliveredAt).filter(java.util.Objects::nonNull).min(Comparator.naturalOrder())
                .ifPresent(at -> told.put(id, at)));
        Map<UUID, java.time.Instant> read = new java.util.HashMap<>();
        IncidentReceipt.forIncidents(ids).forEach(r -> read.merge(r.incidentId, r.readAt,
                (a, b) -> a.isBefore(b) ? a : b));
        Map<UUID, IncidentView.Acknowledgement> out = new java.util.HashMap<>();
        ids.forEach(id -> out.put(id, new IncidentView.Acknowledgement(told.get(id), read.get(id))));
        return out;
    }

    private IncidentView view(Incident i, Evaluation latest, List<RequiredAction> actions,
                              List<IncidentInstruction> instructions, Map<UUID, List<NotificationView>> sent,
                              Map<UUID, List<AddendumView>> addenda, List<CaseNoteView> notes) {
        var catalogue = rules.current().catalogue();
        return build(i, latest, actionViews.of(actions.stream().sorted(DISPLAY).toList(), false, sent, addenda),
                instructions.stream().sorted(Comparator.comparing((IncidentInstruction x) -> x.code))
                        .map(x -> InstructionView.of(x, catalogue)).toList(), notes);
    }

    private static IncidentView build(Incident i, Evaluation latest, List<ActionView> actions,
                                      List<InstructionView> instructions, List<CaseNoteView> notes) {
        return new IncidentView(i.id, i.reference, i.schoolId, i.source, i.externalRef, i.reportedAt, i.occurredAt, i.receivedAt,
                i.category, i.reportedLegality,
                i.reportedByRole == null && i.reportedByRef == null ? null
                        : new IncidentRequest.ReportedBy(i.reportedByRole, i.reportedByRef),
                i.parties.stream().map(p -> new IncidentView.PartyView(p.role, p.kind, p.staffRole, p.age, p.ref,
                        p.agencyOrContractor)).toList(),
                i.circumstances, i.url, i.summary, i.dslAssessment, i.externalOutcome, i.status,
                new Assessment(latest.legality, latest.ruleSetVersion, latest.evaluatedAt, latest.firedRules),
                actions, instructions, Attribution.of(i.submittedBy, i.submittedByName, null),
                i.closedAt == null ? null : new IncidentView.Closure(i.closedAt,
                        i.closedByPrincipal == null ? Attribution.of("unknown", "unknown", i.closedBy)
                                : Attribution.of(i.closedByPrincipal, i.closedByName, i.closedBy), i.closeNote),
                notes, null, new IncidentView.Acknowledgement(null, null), IncidentView.ShownAs.FULL);
    }
}
