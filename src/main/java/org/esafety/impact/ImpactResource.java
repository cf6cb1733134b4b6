package org.esafety.impact;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.esafety.access.Caller;
import org.esafety.access.Roles;
import org.esafety.common.InvalidRequestException;
import org.esafety.school.SchoolRegistry;

/**
 * The impact of a rule change (README "Impact of a rule change"): an admin starts a job comparing the candidate
 * rule folder on the server with the rules in force over the stored incidents; admins and auditors read it as
 * JSON or CSV; an admin cancels it.
 */
@Path("/api/admin/rules/impact")
@Tag(name = "Rules")
public class ImpactResource {

    static final String CSV = "text/csv";

    private final ImpactJobs jobs;
    private final SchoolRegistry schools;
    private final Caller caller;

    public ImpactResource(ImpactJobs jobs, SchoolRegistry schools, Caller caller) {
        this.jobs = jobs;
        this.schools = schools;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "startImpactReport", summary = "Start an impact report: re-decide stored incidents by the rules in force and the candidate",
            description = "Body optional: {schoolId, from, to} (reportedAt; dates or instants). Compiles the candidate "
                    + "folder (esafety.rules.candidate-dir) first; nothing stored changes.")
    @APIResponse(responseCode = "202", description = "The job, RUNNING; Location is where to poll it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImpactReport.class)))
    @APIResponse(responseCode = "400", description = "A bad schoolId, from or to")
    @APIResponse(responseCode = "409", description = "Another impact job is running")
    @APIResponse(responseCode = "422", description = "The candidate does not compile or is inconsistent: file and line")
    public Response start(ImpactRequest request) {
        ImpactJob job = jobs.start(ImpactScope.of(request, schools), caller.principalId());
        return Response.accepted(job.report(visible(), null, null))
                .location(URI.create("/api/admin/rules/impact/" + job.id)).build();
    }

    /** The same start without a body (and so without a Content-Type): every stored incident. */
    @POST
    @RolesAllowed(Roles.ADMIN)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public Response startEverything() {
        return start(null);
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.AUDITOR})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listImpactReports", summary = "The impact jobs kept on this instance, newest first, without their per-incident lines")
    public List<ImpactReport.Summary> list() {
        return jobs.all().stream().map(j -> j.report(visible(), null, null).summary()).toList();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.AUDITOR})
    @Produces({MediaType.APPLICATION_JSON, CSV})
    @Operation(operationId = "getImpactReport", summary = "An impact job: progress, counts so far and the changed incidents",
            description = "schoolId and category filter the changed incidents listed; an auditor sees those of its "
                    + "schools. CSV (Accept: text/csv or format=csv): one line per changed incident.")
    @APIResponse(responseCode = "200", description = "The job as JSON or CSV", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImpactReport.class)),
            @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "404", description = "No such job on this instance")
    public Response get(@PathParam("id") UUID id, @QueryParam("schoolId") String schoolId,
                        @QueryParam("category") String category, @QueryParam("format") String format,
                        @Context HttpHeaders headers) {
        boolean csv = csv(format, headers);
        ImpactReport report = jobs.find(id).orElseThrow(() -> new ImpactJobNotFoundException(id))
                .report(visible(), blankToNull(schoolId), blankToNull(category));
        if (csv) {
            return Response.ok(ImpactCsv.of(report).getBytes(StandardCharsets.UTF_8), CSV + "; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"esafety-impact-" + id + ".csv\"").build();
        }
        return Response.ok(report, MediaType.APPLICATION_JSON).build();
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Roles.ADMIN)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "cancelImpactReport", summary = "Cancel a running impact job; it keeps what it counted")
    @APIResponse(responseCode = "200", description = "The job, CANCELLED")
    @APIResponse(responseCode = "404", description = "No such job on this instance")
    @APIResponse(responseCode = "409", description = "The job has already ended")
    public ImpactReport cancel(@PathParam("id") UUID id) {
        return jobs.cancel(id, caller.principalId()).report(visible(), null, null);
    }

    /** An admin reads every school's lines; anyone else (an auditor) those of its own schools. */
    private Predicate<String> visible() {
        return caller.has(Roles.ADMIN) ? school -> true : caller::boundTo;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** {@code format} wins; else CSV only when the Accept header prefers it to JSON. */
    static boolean csv(String format, HttpHeaders headers) {
        if (format != null && !format.isEmpty()) {
            return switch (format) {
                case "json" -> false;
                case "csv" -> true;
                default -> throw new InvalidRequestException("format", "format is json or csv");
            };
        }
        for (MediaType accepted : headers.getAcceptableMediaTypes()) {
            if (accepted.isWildcardType() || accepted.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
            if (accepted.isCompatible(MediaType.valueOf(CSV))) {
                return true;
            }
        }
        return false;
    }
}
