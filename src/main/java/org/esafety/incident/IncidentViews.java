package org.esafety.incident;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.esafety.rules.ActionCatalogue;
import org.esafety.rules.RuleSetHolder;
import org.esafety.action.ActionView;
import org.esafety.action.IncidentInstruction;
import org.esafety.action.InstructionView;
import org.esafety.action.Ranked;
import org.esafety.action.RequiredAction;
import org.esafety.common.Json;
import org.esafety.reminder.Notification;
import org.esafety.policy.Circumstances;

/** Builds the incident view of api.md from what is stored. */
@ApplicationScoped
public class IncidentViews {

    /** By order; superseded actions (no order) last, in band, due and code order. */
    static final Comparator<RequiredAction> DISPLAY = Comparator
            .comparing((RequiredAction a) -> a.position == null ? Integer.MAX_VALUE : a.position)
            .thenComparing(Ranked.ORDER);

    private final RuleSetHolder rules;
    private final Clock clock;

    public IncidentViews(RuleSetHolder rules, Clock clock) {
        this.rules = rules;
        this.clock = clock;
    }

    /** The view of a stored incident, reading its actions, instructions and latest evaluation. */
    public IncidentView view(Incident incident) {
        Evaluation latest = Evaluation.latest(incident.id).orElseThrow();
        return view(incident, RequiredAction.forIncident(incident.id), IncidentInstruction.forEvaluation(latest.id),
                latest);
    }

    /** The view from parts already in hand; reads only the actions' notifications. */
    public IncidentView view(Incident i, List<RequiredAction> actions, List<IncidentInstruction> instructions,
                             Evaluation latest) {
        var now = clock.instant();
        var notifications = Notification.viewsFor(actions.stream().map(a -> a.id).toList());
        return new IncidentView(i.id, i.schoolId, i.source, i.externalRef, i.reportedAt, i.occurredAt, i.receivedAt,
                i.category, i.reportedLegality,
                i.reportedByRole == null && i.reportedByRef == null ? null
                        : new IncidentRequest.ReportedBy(i.reportedByRole, i.reportedByRef),
                i.parties.stream().map(p -> new IncidentView.PartyView(p.role, p.kind, p.staffRole, p.age, p.ref)).toList(),
                Json.read(i.circumstances, Circumstances.class), i.url, i.summary, i.dslAssessment, i.externalOutcome,
                i.status,
                new IncidentView.Assessment(latest.legality, latest.ruleSetVersion, latest.evaluatedAt, latest.firedRules),
                actions.stream().sorted(DISPLAY).map(a -> ActionView.of(a, rules.current().catalogue(), now, false,
                        notifications.getOrDefault(a.id, List.of()))).toList(),
                instructions.stream().sorted(Comparator.comparing(x -> x.code))
                        .map(x -> InstructionView.of(x, rules.current().catalogue())).toList());
    }
}
