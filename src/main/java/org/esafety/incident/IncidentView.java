package org.esafety.incident;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.esafety.action.ActionView;
import org.esafety.action.Assessment;
import org.esafety.action.InstructionView;
import org.esafety.common.Attribution;
import org.esafety.policy.Category;
import org.esafety.policy.Circumstances;
import org.esafety.policy.DslAssessment;
import org.esafety.policy.ExternalOutcome;
import org.esafety.policy.PartyKind;
import org.esafety.policy.PartyRole;
import org.esafety.policy.ReportedLegality;
import org.esafety.policy.StaffRole;

/**
 * An incident as api.md "The incident view" shows it, and what the record adds: who reported it ({@code submittedBy},
 * from the credentials; {@code reportedBy} is whom the caller reported for), the closure, the case notes, who may
 * open it ({@code access}, for the DSL) and which view of it this is ({@code shownAs}).
 */
public record IncidentView(
        UUID id, String reference, String schoolId, String source, String externalRef,
        Instant reportedAt, Instant occurredAt, Instant receivedAt, Category category,
        ReportedLegality reportedLegality, IncidentRequest.ReportedBy reportedBy, List<PartyView> parties,
        Circumstances circumstances, String url, String summary, DslAssessment dslAssessment,
        ExternalOutcome externalOutcome, IncidentStatus status, Assessment assessment,
        List<ActionView> actions, List<InstructionView> instructions,
        Attribution submittedBy, Closure closure, List<CaseNoteView> notes, AccessView access,
        Acknowledgement dsl, ShownAs shownAs) {

    /** Which view of the incident this is. */
    public enum ShownAs {
        /** Everything: the DSL's view. */
        FULL,
        /** The facts and the decision without personal data: an auditor's view. */
        WITHOUT_PERSONAL_DATA,
        /** What the person who reported it sees: its own report, what to do now, its own actions. */
        REPORTER
    }

    /** A party as stored. */
    public record PartyView(PartyRole role, PartyKind kind, StaffRole staffRole, Integer age, String ref,
                            @Schema(description = "(v6) Employed by a supply agency or a contractor, not by the "
                                    + "school: STAFF and VISITOR parties only; null when not said.")
                            Boolean agencyOrContractor) {
    }

    /** Who closed the case, when, and the closing note. */
    public record Closure(Instant at, Attribution by, String note) {
    }

    /**
     * Who may open the incident: for an allegation against an adult (a STAFF, HEADTEACHER or VISITOR instigator),
     * the rule that restricts it and the principals known to the service that it lets in.
     */
    public record AccessView(boolean allegation, String rule, List<Attribution> principals) {
    }

    /**
     * The DSL knows: when the first announcement of the incident reached the DSL or the deputy ({@code toldAt}; null
     * while none has), and when someone on the DSL's side first opened it ({@code readAt}).
     */
    public record Acknowledgement(Instant toldAt, Instant readAt) {
    }

    /** The same view with the DSL's acknowledgement. */
    IncidentView withAcknowledgement(Acknowledgement acknowledgement) {
        return new IncidentView(id, reference, schoolId, source, externalRef, reportedAt, occurredAt, receivedAt,
                category, reportedLegality, reportedBy, parties, circumstances, url, summary, dslAssessment,
                externalOutcome, status, assessment, actions, instructions, submittedBy, closure, notes, access,
                acknowledgement, shownAs);
    }

    /** The same view with other actions, notes and access, and shown as {@code as}. */
    IncidentView with(List<ActionView> shownActions, List<CaseNoteView> shownNotes, AccessView shownAccess, ShownAs as) {
        return new IncidentView(id, reference, schoolId, source, externalRef, reportedAt, occurredAt, receivedAt, category,
                reportedLegality, reportedBy, parties, circumstances, url, summary, dslAssessment, externalOutcome,
                status, assessment, shownActions, instructions, submittedBy, closure, shownNotes, shownAccess, dsl, as);
    }
}
