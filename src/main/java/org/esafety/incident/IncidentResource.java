package org.esafety.incident;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.esafety.access.Caller;
import org.esafety.access.IntakeRateLimiter;
import org.esafety.access.Roles;
import org.esafety.common.Page;
import org.esafety.common.QueryParams;
import org.esafety.policy.Category;
import org.esafety.policy.Circumstances;
import org.esafety.policy.DslAssessment;
import org.esafety.policy.ExternalOutcome;
import org.esafety.policy.Legality;
import org.esafety.policy.ReportedLegality;

/** Reporting incidents and reading them back (api.md "Report an incident", "Reading"). */
@Tag(name = "Incidents")
@Path("/api/incidents")
@Produces(MediaType.APPLICATION_JSON)
public class IncidentResource {

    private final IncidentService incidents;
    private final IncidentQueries queries;
    private final IncidentLifecycle lifecycle;
    private final IntakeRateLimiter limiter;
    private final Caller caller;
    private final ReassessmentParser parser;

    public IncidentResource(IncidentService incidents, IncidentQueries queries, IncidentLifecycle lifecycle,
                            IntakeRateLimiter limiter, Caller caller, ReassessmentParser parser) {
        this.parser = parser;
        this.limiter = limiter;
        this.caller = caller;
        this.incidents = incidents;
        this.queries = queries;
        this.lifecycle = lifecycle;
    }

    @GET
    @RolesAllowed({Roles.REPORTER, Roles.DSL, Roles.AUDITOR})
    @Operation(operationId = "listIncidents", summary = "Incidents, newest reportedAt first", description = "from "
            + "inclusive, to exclusive, on reportedAt. q: part of the reference (CLA-2026-0042), or of the summary for the "
            + "DSL's side and a reporter's own reports; legality: the latest decision's; overdue: true for incidents with "
            + "an OPEN action past its due instant, false for the others; pupil: a current party's ref; sort: NEWEST "
            + "(default), OLDEST or REFERENCE.")
    public Page<IncidentView> list(
            @QueryParam("schoolId") String schoolId,
            @Parameter(schema = @Schema(implementation = IncidentStatus.class)) @QueryParam("status") String status,
            @Parameter(schema = @Schema(implementation = Category.class)) @QueryParam("category") String category,
            @Parameter(description = "inclusive", schema = @Schema(type = SchemaType.STRING, format = "date-time"))
            @QueryParam("from") String from,
            @Parameter(description = "exclusive", schema = @Schema(type = SchemaType.STRING, format = "date-time"))
            @QueryParam("to") String to,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0"))
            @QueryParam("page") String page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
            @QueryParam("size") String size,
            @Parameter(description = "part of the reference, or of the summary for those who may read it",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 100)) @QueryParam("q") String text,
            @Parameter(schema = @Schema(implementation = Legality.class)) @QueryParam("legality") String legality,
            @Parameter(schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("overdue") String overdue,
            @Parameter(description = "a current party's ref (the school's pupil identifier)",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 100)) @QueryParam("pupil") String pupil,
            @Parameter(schema = @Schema(implementation = IncidentQueries.Order.class)) @QueryParam("sort") String sort) {
        QueryParams p = new QueryParams();
        if (text != null && text.length() > 100) {
            p.reject("q", "at most 100 characters");
        }
        if (pupil != null && (pupil.isBlank() || pupil.length() > 100)) {
            p.reject("pupil", "a pupil reference of 1 to 100 characters");
        }
        var filter = new IncidentQueries.Filter(schoolId, p.enumValue("status", status, IncidentStatus.class),
                p.enumValue("category", category, Category.class), p.instant("from", from), p.instant("to", to),
                text, p.enumValue("legality", legality, Legality.class), p.bool("overdue", overdue), pupil,
                p.enumValue("sort", sort, IncidentQueries.Order.class));
        int pageNo = p.page(page);
        int pageSize = p.size(size);
        p.check();
        return queries.list(filter, pageNo, pageSize);
    }

    @POST
    @RolesAllowed({Roles.REPORTER, Roles.DSL})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "reportIncident", summary = "Report an incident", description = "Evaluates it against the rules and stores the decision. "
            + "Idempotent on (schoolId, source, externalRef).")
    @APIResponse(responseCode = "201", description = "Created, with the decision",
            content = @Content(schema = @Schema(implementation = IncidentView.class)))
    @APIResponse(responseCode = "200", description = "The same request was received before: the stored incident",
            content = @Content(schema = @Schema(implementation = IncidentView.class)))
    @APIResponse(responseCode = "400", description = "Invalid body; nothing stored")
    @APIResponse(responseCode = "403", description = "Not bound to this school")
    @APIResponse(responseCode = "409", description = "The key exists with a different body, or for an incident the caller may not read")
    @APIResponse(responseCode = "429", description = "Too many incidents from these credentials; see Retry-After")
    public Response report(IncidentRequest request) {
        limiter.acquire(caller.principalId());
        IncidentService.Reported reported = incidents.report(request);
        if (reported.created()) {
            return Response.created(URI.create("/api/incidents/" + reported.incident().id()))
                    .entity(reported.incident()).build();
        }
        return Response.ok(reported.incident()).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.REPORTER, Roles.DSL, Roles.AUDITOR})
    @Operation(operationId = "getIncident", summary = "One incident with its decision")
    public IncidentView get(@PathParam("id") UUID id) {
        return incidents.get(id);
    }

    @GET
    @Path("{id}/evaluations")
    @RolesAllowed({Roles.DSL, Roles.AUDITOR})
    @Operation(operationId = "listEvaluations", summary = "Every evaluation of the incident, oldest first")
    public List<EvaluationView> evaluations(@PathParam("id") UUID id) {
        return lifecycle.evaluations(id);
    }

    @POST
    @Path("{id}/reassessment")
    @RolesAllowed(Roles.DSL)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "reassessIncident", summary = "New facts: circumstances, parties, category (with its reason), reportedLegality, dslAssessment, "
            + "externalOutcome", description = "Runs the rules again; actions no longer required are superseded, except "
            + "OPEN actions of bands 1-4, which stay OPEN marked noLongerRequiredSince; new ones are added. reason: why, "
            + "for the history (required with category); reassessedBy: on behalf of whom.")
    @RequestBody(content = @Content(schema = @Schema(implementation = ReassessmentDocument.class)))
    @APIResponse(responseCode = "200", description = "The incident with its new decision",
            content = @Content(schema = @Schema(implementation = IncidentView.class)))
    @APIResponse(responseCode = "409", description = "The incident is closed")
    public IncidentView reassess(@PathParam("id") UUID id, JsonNode body) {
        return lifecycle.reassess(id, parser.parse(body));
    }

    @POST
    @Path("{id}/closure")
    @RolesAllowed(Roles.DSL)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "closeIncident", summary = "Close the incident once no action is OPEN")
    @APIResponse(responseCode = "200", description = "The closed incident",
            content = @Content(schema = @Schema(implementation = IncidentView.class)))
    @APIResponse(responseCode = "409", description = "Actions are still OPEN, or the incident is closed already")
    public IncidentView close(@PathParam("id") UUID id, IncidentLifecycle.ClosureRequest request) {
        return lifecycle.close(id, request);
    }

    /** The reassessment body, for the OpenAPI document (the body is read field by field). */
    record ReassessmentDocument(Circumstances circumstances, List<PartyRequest> parties, Category category,
                                ReportedLegality reportedLegality, DslAssessment dslAssessment,
                                ExternalOutcome externalOutcome, String reassessedBy, String reason) {
    }
}
