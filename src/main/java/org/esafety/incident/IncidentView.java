package org.esafety.incident;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.esafety.action.ActionView;
import org.esafety.action.Assessment;
import org.esafety.action.InstructionView;
import org.esafety.policy.Category;
import org.esafety.policy.Circumstances;
import org.esafety.policy.DslAssessment;
import org.esafety.policy.ExternalOutcome;
import org.esafety.policy.PartyKind;
import org.esafety.policy.PartyRole;
import org.esafety.policy.ReportedLegality;
import org.esafety.policy.StaffRole;

/** An incident as api.md "The incident view" shows it. */
public record IncidentView(
        UUID id, String schoolId, String source, String externalRef,
        Instant reportedAt, Instant occurredAt, Instant receivedAt, Category category,
        ReportedLegality reportedLegality, IncidentRequest.ReportedBy reportedBy, List<PartyView> parties,
        Circumstances circumstances, String url, String summary, DslAssessment dslAssessment,
        ExternalOutcome externalOutcome, IncidentStatus status, Assessment assessment,
        List<ActionView> actions, List<InstructionView> instructions) {

    /**
     * The view an auditor sees: the facts and the decision, without the free text and references that could
     * name a child or a member of staff (summary, url, party refs, reportedBy.ref).
     */
    public IncidentView withoutPersonalData() {
        return new IncidentView(id, schoolId, source, externalRef, reportedAt, occurredAt, receivedAt, category,
                reportedLegality,
                reportedBy == null ? null : new IncidentRequest.ReportedBy(reportedBy.role(), null),
                parties.stream().map(p -> new PartyView(p.role(), p.kind(), p.staffRole(), p.age(), null)).toList(),
                circumstances, null, null, dslAssessment, externalOutcome, status, assessment, actions, instructions);
    }

    /** A party as stored. */
    public record PartyView(PartyRole role, PartyKind kind, StaffRole staffRole, Integer age, String ref) {
    }
}
