package org.esafety.incident;

import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.esafety.policy.Category;
import org.esafety.policy.Circumstances;
import org.esafety.policy.DslAssessment;
import org.esafety.policy.ExternalOutcome;
import org.esafety.policy.ReportedLegality;

/**
 * An incident as a school system sends it (api.md "Report an incident"), also the body of a dry run.
 * Constraints in the {@link Intake} group apply only when the incident is to be stored.
 */
public record IncidentRequest(
        @NotBlank(message = "schoolId is required")
        @Size(max = 100, message = "schoolId is at most 100 characters") String schoolId,
        @NotBlank(groups = Intake.class, message = "source is required")
        @Size(max = 100, message = "source is at most 100 characters") String source,
        @NotBlank(groups = Intake.class, message = "externalRef is required")
        @Size(max = 100, message = "externalRef is at most 100 characters") String externalRef,
        Instant reportedAt,
        Instant occurredAt,
        @NotNull(message = "category is required") Category category,
        ReportedLegality reportedLegality,
        @Valid ReportedBy reportedBy,
        @NotEmpty(message = "at least one party is required")
        @Size(max = 50, message = "at most 50 parties") List<@NotNull(message = "a party may not be null") @Valid PartyRequest> parties,
        Circumstances circumstances,
        @Size(max = 2048, message = "url is at most 2048 characters") String url,
        @Size(max = 4000, message = "summary is at most 4000 characters") String summary,
        DslAssessment dslAssessment,
        ExternalOutcome externalOutcome) {

    /** The validation group of constraints that only intake enforces. */
    public interface Intake {
    }

    /** Who raised the concern; not used by the rules. */
    public record ReportedBy(
            @Size(max = 50, message = "reportedBy.role is at most 50 characters") String role,
            @Size(max = 100, message = "reportedBy.ref is at most 100 characters") String ref) {
    }
}
