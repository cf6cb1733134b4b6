package org.esafety.action;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.esafety.common.Attribution;
import org.esafety.policy.DeadlineKind;
import org.esafety.policy.Responsible;
import org.esafety.rules.ActionCatalogue;
import org.esafety.rules.RuleRef;

/**
 * An action as api.md shows it; {@code incidentId} and {@code schoolId} appear only in action lists.
 * {@code text} says what doing it means (the catalogue's wording); {@code provenance} pairs each rule with
 * its source, which {@code rules} and {@code sources} list separately. {@code noLongerRequiredSince} (the
 * evaluation) and {@code noLongerRequiredAt} mark an OPEN action of bands 1–4 that the rules stopped requiring: it
 * stays OPEN until someone records what was done or why not (decision-table §4, v6). {@code completedBy} is
 * what api.md promised: the name the completion gave for whom it acted (also {@code onBehalfOf}), or else the
 * principal; {@code completedByPrincipal} is always the signed-in principal who recorded it ({@code completedByName}
 * its name then); {@code actedAt} is when it really happened, if the completion said; {@code addenda}
 * are the corrections appended since, oldest first.
 */
public record ActionView(
        UUID id,
        @JsonInclude(JsonInclude.Include.NON_NULL) UUID incidentId,
        @JsonInclude(JsonInclude.Include.NON_NULL) String schoolId,
        String code, String title, String text, Responsible responsible, DeadlineKind deadline, Instant dueAt,
        Integer order, ActionStatus status, boolean overdue, List<String> rules, List<String> sources,
        List<RuleRef> provenance, String contact,
        Instant completedAt, String completedBy, String completedByPrincipal, String completedByName, String onBehalfOf, Instant actedAt,
        ActionStatus outcome, String note, String rationale,
        String externalReference, UUID supersededBy, UUID noLongerRequiredSince, Instant noLongerRequiredAt,
        List<AddendumView> addenda, List<NotificationView> notifications) {

    /**
     * OPEN and due: from the due instant itself, so that an EMERGENCY action (due at the moment of awareness)
     * is overdue from that moment until it is done (api.md "The incident view").
     */
    public static boolean isOverdue(ActionStatus status, Instant dueAt, Instant now) {
        return status == ActionStatus.OPEN && !dueAt.isAfter(now);
    }

    /**
     * This view with its free text passed through {@code text} (notes, rationales, addenda) and, unless
     * {@code withNames}, without people's names (the completer's name, the "on behalf of" name, addenda authors'
     * names): what an auditor sees. Principals stay: they say who acted without naming them.
     */
    public ActionView shownWith(UnaryOperator<String> text, boolean withNames) {
        return new ActionView(id, incidentId, schoolId, code, title, this.text, responsible, deadline, dueAt, order,
                status, overdue, rules, sources, provenance, contact, completedAt,
                withNames ? completedBy : completedByPrincipal, completedByPrincipal, withNames ? completedByName : null, withNames ? onBehalfOf : null, actedAt, outcome, text.apply(note),
                text.apply(rationale), externalReference, supersededBy, noLongerRequiredSince, noLongerRequiredAt,
                addenda.stream().map(a -> new AddendumView(a.id(), a.at(), withNames ? a.by()
                        : Attribution.of(a.by().principal(), a.by().principal(), null), text.apply(a.text()),
                        a.actedAt(), a.externalReference())).toList(), notifications);
    }

    /**
     * This view as the person who reported the incident sees an action it must do itself: what, by when and its
     * state, not the DSL's notes, rationales, references or corrections.
     */
    public ActionView forReporter() {
        return new ActionView(id, incidentId, schoolId, code, title, text, responsible, deadline, dueAt, order,
                status, overdue, rules, sources, provenance, contact, completedAt, completedBy, completedByPrincipal,
                completedByName, onBehalfOf, actedAt, outcome, null, null, null, supersededBy, noLongerRequiredSince,
                noLongerRequiredAt, List.of(), List.of());
    }

    /**
     * The view of a stored action; {@code title} and {@code text} from the catalogue, {@code overdue} against
     * {@code now}, {@code notifications} its reminders and escalations.
     */
    static ActionView of(RequiredAction a, ActionCatalogue catalogue, Instant now, boolean withIncident,
                         List<AddendumView> addenda, List<NotificationView> notifications) {
        var entry = catalogue.action(a.code);
        return new ActionView(a.id, withIncident ? a.incidentId : null, withIncident ? a.schoolId : null,
                a.code, entry.map(ActionCatalogue.Entry::title).orElse(a.code),
                entry.map(ActionCatalogue.Entry::text).orElse(null), a.responsible, a.deadlineKind, a.dueAt,
                a.position, a.status, isOverdue(a.status, a.dueAt, now), a.ruleNames(), a.ruleSources(),
                a.provenance == null ? List.of() : a.provenance, a.contact, a.completedAt,
                a.completedBy != null ? a.completedBy : a.completedByPrincipal, a.completedByPrincipal,
                a.completedByName, a.completedBy, a.actedAt, a.outcome, a.note, a.rationale, a.externalReference,
                a.supersededBy, a.noLongerRequiredSince, a.noLongerRequiredAt, addenda, notifications);
    }
}
