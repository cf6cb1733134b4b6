package org.esafety.incident;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.esafety.action.ActionView;
import org.esafety.action.Assessment;
import org.esafety.common.Attribution;
import org.esafety.common.Json;
import org.esafety.policy.IncidentFacts;
import org.esafety.policy.Responsible;

/**
 * The views of one incident other than the DSL's: an auditor's, without personal data, and the reporter's, its own
 * report and what it must do now (issue 16: a reporter does not keep reading what the DSL writes afterwards).
 */
final class IncidentViewers {

    private IncidentViewers() {
    }

    /** The facts and the decision without names, references or unmarked free text; principals stay. */
    static IncidentView forAuditor(IncidentView v) {
        List<ActionView> actions = v.actions().stream().map(a -> a.shownWith(Redaction::forAuditors, false)).toList();
        List<CaseNoteView> notes = v.notes().stream().map(n -> new CaseNoteView(n.id(), n.at(), principalOnly(n.by()),
                n.kind(), n.occurredAt(), Redaction.forAuditors(n.text()))).toList();
        return new IncidentView(v.id(), v.reference(), v.schoolId(), v.source(), v.externalRef(), v.reportedAt(), v.occurredAt(),
                v.receivedAt(), v.category(), v.reportedLegality(),
                v.reportedBy() == null ? null : new IncidentRequest.ReportedBy(v.reportedBy().role(), null),
                v.parties().stream().map(p -> new IncidentView.PartyView(p.role(), p.kind(), p.staffRole(), p.age(),
                        null, p.agencyOrContractor())).toList(),
                v.circumstances(), null, null, v.dslAssessment(), v.externalOutcome(), v.status(), v.assessment(),
                actions, v.instructions(), principalOnly(v.submittedBy()),
                v.closure() == null ? null : new IncidentView.Closure(v.closure().at(), principalOnly(v.closure().by()),
                        Redaction.forAuditors(v.closure().note())),
                notes, null, v.dsl(), IncidentView.ShownAs.WITHOUT_PERSONAL_DATA);
    }

    /**
     * The report as its reporter made it (the facts of the first evaluation and the parties it named), the
     * decision in force (its legality and instructions: what to do now) and the actions the reporter must do itself;
     * none of the DSL's assessments, outcomes, notes, rationales, references or evaluation history.
     */
    static IncidentView forReporter(IncidentView v, Evaluation intake, List<IncidentParty> reported) {
        IncidentFacts asReported = Json.readStored(intake.facts, IncidentFacts.class);
        List<ActionView> own = v.actions().stream().filter(a -> a.responsible() == Responsible.REPORTER)
                .map(ActionView::forReporter).toList();
        return new IncidentView(v.id(), v.reference(), v.schoolId(), v.source(), v.externalRef(), v.reportedAt(), v.occurredAt(),
                v.receivedAt(), asReported.incident().category(), asReported.incident().reportedLegality(),
                v.reportedBy(), reported.stream().sorted(Comparator.comparingInt(p -> p.position))
                        .map(p -> new IncidentView.PartyView(p.role, p.kind, p.staffRole, p.age, p.ref,
                                p.agencyOrContractor)).toList(),
                asReported.circumstances(), v.url(), v.summary(), null, null, v.status(),
                new Assessment(v.assessment().legality(), v.assessment().ruleSetVersion(), v.assessment().evaluatedAt(),
                        List.of()),
                own, v.instructions(), v.submittedBy(),
                v.closure() == null ? null : new IncidentView.Closure(v.closure().at(), null, null),
                List.of(), null, v.dsl(), IncidentView.ShownAs.REPORTER);
    }

    /**
     * The parties as the report named them: when a reassessment replaced the list, the rows replaced first (the
     * report's own); else the current ones.
     */
    static List<IncidentParty> asReported(UUID incidentId) {
        List<IncidentParty> all = IncidentParty.list("incident.id", incidentId);
        Map<Boolean, List<IncidentParty>> replaced = all.stream()
                .collect(java.util.stream.Collectors.partitioningBy(p -> p.replacedAt != null));
        return replaced.get(true).stream().map(p -> p.replacedAt).filter(Objects::nonNull).min(Comparator.naturalOrder())
                .map(first -> replaced.get(true).stream().filter(p -> first.equals(p.replacedAt)).toList())
                .orElse(replaced.get(false));
    }

    private static Attribution principalOnly(Attribution by) {
        return by == null ? null : Attribution.of(by.principal(), by.principal(), null);
    }
}
