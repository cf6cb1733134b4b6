package org.esafety.alert;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.esafety.incident.PartyRequest;
import org.esafety.policy.Category;
import org.esafety.policy.Circumstances;
import org.esafety.policy.DslAssessment;
import org.esafety.policy.ReportedLegality;

/**
 * What the DSL sends to make an alert an incident: the category (the alert suggests one; the DSL edits it), the
 * parties and circumstances as for intake. The alert's text is never copied: the summary is what the DSL writes.
 */
public record PromoteRequest(
        @Schema(description = "Required: the alert's suggestedCategory, or the DSL's choice", required = true) Category category,
        ReportedLegality reportedLegality,
        @Schema(required = true) List<PartyRequest> parties,
        Circumstances circumstances,
        @Schema(description = "Absent: the alert's occurredAt") Instant occurredAt,
        @Schema(maxLength = 4000) String summary,
        DslAssessment dslAssessment) {
}
