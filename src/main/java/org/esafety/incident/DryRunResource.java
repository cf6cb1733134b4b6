package org.esafety.incident;

import java.time.Clock;
import java.time.Instant;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.esafety.access.IntakeRateLimiter;
import org.esafety.access.Roles;
import org.esafety.action.DecisionService;
import org.esafety.action.DryRunView;
import org.esafety.common.Instants;
import org.esafety.school.SchoolRegistry;

/** Try a case before reporting it: the same decision intake would store, nothing stored. */
@Tag(name = "Incidents")
@Path("/api/evaluations")
@RolesAllowed({Roles.REPORTER, Roles.DSL})
@Produces(MediaType.APPLICATION_JSON)
public class DryRunResource {

    private final IncidentValidator validator;
    private final SchoolRegistry schools;
    private final DecisionService decisions;
    private final Clock clock;
    private final IncidentAccess access;
    private final IntakeRateLimiter limiter;

    public DryRunResource(IncidentValidator validator, SchoolRegistry schools, DecisionService decisions, Clock clock,
                          IncidentAccess access, IntakeRateLimiter limiter) {
        this.access = access;
        this.limiter = limiter;
        this.validator = validator;
        this.schools = schools;
        this.decisions = decisions;
        this.clock = clock;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "dryRun", summary = "Dry run", description = "Accepts dslAssessment and externalOutcome; "
            + "deadlines count from reportedAt. Counts against the same rate limit as intake (issue 17).")
    @APIResponse(responseCode = "429", description = "Too many intakes and dry runs from these credentials; see Retry-After")
    public DryRunView evaluate(IncidentRequest request) {
        // A dry run costs a rule evaluation like intake: the same allowance per principal, so it cannot be used to
        // load the service (or probe the rules) faster than reporting could.
        limiter.acquire(access.principalId());
        validator.checkDryRun(request);
        access.checkMayReport(request.schoolId());
        Instant awareness = Instants.micros(request.reportedAt() == null ? clock.instant() : request.reportedAt());
        return DryRunView.of(decisions.decide(FactsMapper.fromRequest(request),
                schools.find(request.schoolId()).orElseThrow(), awareness));
    }
}
