package org.esafety.transfer;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.esafety.action.ActionStatus;
import org.esafety.action.AddendumView;
import org.esafety.audit.AuditVerifier;
import org.esafety.common.Attribution;
import org.esafety.incident.CaseNoteView;
import org.esafety.incident.IncidentStatus;
import org.esafety.incident.IncidentView;
import org.esafety.policy.Category;
import org.esafety.policy.Circumstances;
import org.esafety.policy.DeadlineKind;
import org.esafety.policy.DslAssessment;
import org.esafety.policy.ExternalOutcome;
import org.esafety.policy.Legality;
import org.esafety.policy.PartyKind;
import org.esafety.policy.PartyRole;
import org.esafety.policy.ReportedLegality;
import org.esafety.policy.Responsible;
import org.esafety.policy.StaffRole;

/**
 * A pupil's child-protection file as {@code file.json} carries it: every incident of the sending school in which the
 * pupil is a party and which the exporting DSL may open, oldest first, with the decision, the actions and their
 * outcomes, the case notes, the closure and the verification of the incident's audit chain. Other parties appear by
 * their role and kind only, never by their reference; no image and no link to the material is included.
 */
public record ChildFile(String format, UUID exportId, String schoolId, String schoolName, String pupil,
                        Instant exportedAt, Attribution exportedBy, String toSchool, String reason,
                        List<Entry> incidents) {

    /** The version of this document's layout. */
    public static final String FORMAT = "esafety-child-protection-file/1";

    /** One incident of the file. */
    public record Entry(UUID id, String reference, Instant reportedAt, Instant occurredAt, Category category,
                        ReportedLegality reportedLegality, Legality legality, IncidentStatus status,
                        List<PartyRole> pupilRoles, List<Party> parties, Circumstances circumstances, String summary,
                        String reportedByRole, Attribution submittedBy, DslAssessment dslAssessment,
                        ExternalOutcome externalOutcome, List<Action> actions, List<CaseNoteView> notes,
                        IncidentView.Closure closure, AuditVerifier.Verification auditChain) {
    }

    /**
     * A party: {@code thisPupil} and the pupil's {@code ref} for the pupil whose file it is; any other party as
     * {@code "another party: VICTIM, CHILD"} (its role and kind) instead of its reference.
     */
    public record Party(boolean thisPupil, String ref, PartyRole role, PartyKind kind, StaffRole staffRole,
                        Integer age) {
    }

    /** An action as decided and as recorded. */
    public record Action(String code, String title, Responsible responsible, DeadlineKind deadline, Instant dueAt,
                         ActionStatus status, boolean overdue, ActionStatus outcome, Instant completedAt,
                         String completedBy, Instant actedAt, String note, String rationale, String externalReference,
                         List<AddendumView> addenda) {
    }

    /** The incident's view turned into the file's entry for {@code pupil}. */
    static Entry entry(IncidentView v, String pupil, AuditVerifier.Verification chain) {
        return new Entry(v.id(), v.reference(), v.reportedAt(), v.occurredAt(), v.category(), v.reportedLegality(),
                v.assessment() == null ? null : v.assessment().legality(), v.status(),
                v.parties().stream().filter(p -> pupil.equals(p.ref())).map(IncidentView.PartyView::role).distinct()
                        .toList(),
                v.parties().stream().map(p -> party(p, pupil)).toList(), v.circumstances(), v.summary(),
                v.reportedBy() == null ? null : v.reportedBy().role(), v.submittedBy(), v.dslAssessment(),
                v.externalOutcome(),
                v.actions().stream().map(a -> new Action(a.code(), a.title(), a.responsible(), a.deadline(), a.dueAt(),
                        a.status(), a.overdue(), a.outcome(), a.completedAt(), a.completedBy(), a.actedAt(), a.note(),
                        a.rationale(), a.externalReference(), a.addenda())).toList(),
                v.notes(), v.closure(), chain);
    }

    private static Party party(IncidentView.PartyView p, String pupil) {
        boolean self = pupil.equals(p.ref());
        return new Party(self, self ? pupil : "another party: " + p.role() + ", " + p.kind(), p.role(), p.kind(),
                p.staffRole(), p.age());
    }
}
