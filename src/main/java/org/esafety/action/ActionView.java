package org.esafety.action;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.esafety.policy.DeadlineKind;
import org.esafety.policy.Responsible;
import org.esafety.rules.ActionCatalogue;
import org.esafety.rules.RuleRef;

/**
 * An action as api.md shows it; {@code incidentId} and {@code schoolId} appear only in action lists.
 * {@code text} says what doing it means (the catalogue's wording); {@code provenance} pairs each rule with
 * its source, which {@code rules} and {@code sources} list separately. {@code noLongerRequiredSince} (the
 * evaluation) and {@code noLongerRequiredAt} mark an OPEN action of bands 1–4 that the rules stopped requiring: it
 * stays OPEN until someone records what was done or why not (decision-table §4, v6).
 */
public record ActionView(
        UUID id,
        @JsonInclude(JsonInclude.Include.NON_NULL) UUID incidentId,
        @JsonInclude(JsonInclude.Include.NON_NULL) String schoolId,
        String code, String title, String text, Responsible responsible, DeadlineKind deadline, Instant dueAt,
        Integer order, ActionStatus status, boolean overdue, List<String> rules, List<String> sources,
        List<RuleRef> provenance, String contact,
        Instant completedAt, String completedBy, ActionStatus outcome, String note, String rationale,
        String externalReference, UUID supersededBy, UUID noLongerRequiredSince, Instant noLongerRequiredAt,
        List<NotificationView> notifications) {

    /**
     * OPEN and due: from the due instant itself, so that an EMERGENCY action (due at the moment of awareness)
     * is overdue from that moment until it is done (api.md "The incident view").
     */
    public static boolean isOverdue(ActionStatus status, Instant dueAt, Instant now) {
        return status == ActionStatus.OPEN && !dueAt.isAfter(now);
    }

    /**
     * The view of a stored action; {@code title} and {@code text} from the catalogue, {@code overdue} against
     * {@code now}, {@code notifications} its reminders and escalations.
     */
    static ActionView of(RequiredAction a, ActionCatalogue catalogue, Instant now, boolean withIncident,
                         List<NotificationView> notifications) {
        var entry = catalogue.action(a.code);
        return new ActionView(a.id, withIncident ? a.incidentId : null, withIncident ? a.schoolId : null,
                a.code, entry.map(ActionCatalogue.Entry::title).orElse(a.code),
                entry.map(ActionCatalogue.Entry::text).orElse(null), a.responsible, a.deadlineKind, a.dueAt,
                a.position, a.status, isOverdue(a.status, a.dueAt, now), a.ruleNames(), a.ruleSources(),
                a.provenance == null ? List.of() : a.provenance, a.contact, a.completedAt, a.completedBy, a.outcome,
                a.note, a.rationale, a.externalReference, a.supersededBy, a.noLongerRequiredSince,
                a.noLongerRequiredAt, notifications);
    }
}
