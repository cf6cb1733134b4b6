package org.esafety.report;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.esafety.access.Caller;
import org.esafety.access.Roles;
import org.esafety.incident.Redaction;
import org.esafety.school.School;
import org.esafety.school.SchoolRegistry;

/**
 * The reports page for the DSL and auditors: the summary with its charts (SVG drawn here, the numbers in a table
 * beside each), links to its CSV and PDF, and the inspection-day list with a one-click PDF. The period form is a GET:
 * it changes nothing, so it carries no CSRF token (as the board's filters).
 */
@Path("/reports")
@Produces(MediaType.TEXT_HTML)
public class ReportsPage {

    /** The page: the period chosen, the summary and its charts, the inspection list, the export links' query. */
    public record View(Summary summary, List<Chart> charts, Inspection inspection, List<School> schools, String school,
                       String from, String to, String query, Times times, boolean dsl) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance reports(View view);
    }

    private final ReportScopes scopes;
    private final SummaryReports summaries;
    private final InspectionQueries inspections;
    private final SchoolRegistry schools;
    private final Caller caller;

    public ReportsPage(ReportScopes scopes, SummaryReports summaries, InspectionQueries inspections,
                       SchoolRegistry schools, Caller caller) {
        this.scopes = scopes;
        this.summaries = summaries;
        this.inspections = inspections;
        this.schools = schools;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.DSL, Roles.AUDITOR})
    public TemplateInstance reports(@QueryParam("schoolId") String schoolId, @QueryParam("from") String from,
                                    @QueryParam("to") String to) {
        ReportScope scope = scopes.of(schoolId, from, to);
        boolean dsl = caller.has(Roles.DSL);
        Summary summary = summaries.summary(scope, dsl ? text -> text : Redaction::forAuditors);
        Times times = new Times(scope.zone());
        String fromDay = times.isoDay(scope.from(), false);
        String toDay = times.isoDay(scope.to(), true);
        String query = "schoolId=" + encode(scope.schoolId() == null ? "" : scope.schoolId()) + "&from=" + fromDay
                + "&to=" + toDay;
        List<School> mine = schools.all().stream().filter(s -> caller.boundTo(s.id()))
                .sorted(Comparator.comparing(School::name)).toList();
        return Templates.reports(new View(summary, Chart.of(summary), inspections.inspection(scope), mine,
                scope.schoolId(), fromDay, toDay, query, times, dsl));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
