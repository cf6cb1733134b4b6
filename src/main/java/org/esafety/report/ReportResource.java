package org.esafety.report;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
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
import org.esafety.common.Pdf;
import org.esafety.incident.Redaction;

/**
 * The governors' summary and the inspection-day list (README "Reports"), as JSON, CSV ({@code Accept: text/csv} or
 * {@code format=csv}) or PDF ({@code Accept: application/pdf} or {@code format=pdf}), for the DSL and auditors of
 * the school.
 */
@Path("/api/reports")
@Tag(name = "Reports")
public class ReportResource {

    static final String CSV = "text/csv";
    static final String PDF = "application/pdf";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance summaryPdf(Summary summary, List<Chart> charts, String school, Times times);

        static native TemplateInstance inspectionPdf(Inspection inspection, String school, Times times);
    }

    private final ReportScopes scopes;
    private final SummaryReports summaries;
    private final InspectionQueries inspections;
    private final Caller caller;

    public ReportResource(ReportScopes scopes, SummaryReports summaries, InspectionQueries inspections, Caller caller) {
        this.scopes = scopes;
        this.summaries = summaries;
        this.inspections = inspections;
        this.caller = caller;
    }

    @GET
    @Path("summary")
    @Produces({MediaType.APPLICATION_JSON, CSV, PDF})
    @RolesAllowed({Roles.DSL, Roles.AUDITOR})
    @Operation(operationId = "getReportSummary", summary = "The governors' summary of the incidents reported in [from, to)",
            description = "Counts by category, legality and status; referrals by agency with their outcomes and times; "
                    + "lateness; declined actions; filtering and monitoring gaps. from/to: dates (whole days in the "
                    + "school's time zone) or instants; default the school year so far. format: json, csv or pdf.")
    @APIResponse(responseCode = "200", description = "The summary as JSON, CSV or PDF", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Summary.class)),
            @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "400", description = "A bad from, to or format")
    @APIResponse(responseCode = "403", description = "Not bound to the school asked for")
    public Response summary(@QueryParam("schoolId") String schoolId, @QueryParam("from") String from,
                            @QueryParam("to") String to, @QueryParam("format") String format,
                            @Context HttpHeaders headers) {
        String type = type(format, headers);
        ReportScope scope = scopes.of(schoolId, from, to);
        Summary summary = summaries.summary(scope, type.equals(MediaType.APPLICATION_JSON) ? rationales()
                : text -> null);
        String name = "summary";
        return switch (type) {
            case CSV -> file(ReportCsv.summary(summary).getBytes(StandardCharsets.UTF_8), CSV + "; charset=UTF-8",
                    fileName(name, scope, "csv"));
            case PDF -> file(Pdf.render(Templates.summaryPdf(summary, Chart.of(summary), school(scope),
                    new Times(scope.zone())).render()), PDF, fileName(name, scope, "pdf"));
            default -> Response.ok(summary, MediaType.APPLICATION_JSON).build();
        };
    }

    @GET
    @Path("inspection")
    @Produces({MediaType.APPLICATION_JSON, CSV, PDF})
    @RolesAllowed({Roles.DSL, Roles.AUDITOR})
    @Operation(operationId = "getInspectionList", summary = "The inspection-day list for the incidents reported in [from, to)",
            description = "Every incident reported to the DSL, those passed to the local authority and the LADO "
                    + "referrals, with references, dates, categories, statuses and brief outcomes; no names, summaries "
                    + "or pupil references. format: json, csv or pdf.")
    @APIResponse(responseCode = "200", description = "The lists as JSON, CSV or PDF", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Inspection.class)),
            @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "400", description = "A bad from, to or format")
    @APIResponse(responseCode = "403", description = "Not bound to the school asked for")
    public Response inspection(@QueryParam("schoolId") String schoolId, @QueryParam("from") String from,
                               @QueryParam("to") String to, @QueryParam("format") String format,
                               @Context HttpHeaders headers) {
        String type = type(format, headers);
        ReportScope scope = scopes.of(schoolId, from, to);
        Inspection inspection = inspections.inspection(scope);
        return switch (type) {
            case CSV -> file(ReportCsv.inspection(inspection).getBytes(StandardCharsets.UTF_8),
                    CSV + "; charset=UTF-8", fileName("inspection", scope, "csv"));
            case PDF -> file(Pdf.render(Templates.inspectionPdf(inspection, school(scope), new Times(scope.zone()))
                    .render()), PDF, fileName("inspection", scope, "pdf"));
            default -> Response.ok(inspection, MediaType.APPLICATION_JSON).build();
        };
    }

    /** How the caller reads staff's free text: a DSL as written, anyone else as auditors do. */
    private Function<String, String> rationales() {
        return caller.has(Roles.DSL) ? Function.identity() : Redaction::forAuditors;
    }

    private static String school(ReportScope scope) {
        return scope.schoolId() == null ? "All my schools" : scope.schoolId();
    }

    /** {@code format} wins; else the first of JSON, CSV and PDF the Accept header takes (JSON when it takes any). */
    static String type(String format, HttpHeaders headers) {
        if (format != null && !format.isEmpty()) {
            return switch (format) {
                case "json" -> MediaType.APPLICATION_JSON;
                case "csv" -> CSV;
                case "pdf" -> PDF;
                default -> throw new InvalidRequestException("format", "format is json, csv or pdf");
            };
        }
        for (MediaType accepted : headers.getAcceptableMediaTypes()) {
            if (accepted.isWildcardType() || accepted.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return MediaType.APPLICATION_JSON;
            }
            if (accepted.isCompatible(MediaType.valueOf(CSV))) {
                return CSV;
            }
            if (accepted.isCompatible(MediaType.valueOf(PDF))) {
                return PDF;
            }
        }
        return MediaType.APPLICATION_JSON;
    }

    private static Response file(byte[] body, String type, String name) {
        return Response.ok(body, type).header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }

    private static String fileName(String kind, ReportScope scope, String extension) {
        Times times = new Times(scope.zone());
        return "esafety-" + kind + "-" + (scope.schoolId() == null ? "my-schools" : scope.schoolId()) + "-"
                + times.isoDay(scope.from(), false) + "-to-" + times.isoDay(scope.to(), true) + "." + extension;
    }
}
