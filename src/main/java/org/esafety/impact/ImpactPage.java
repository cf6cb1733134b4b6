package org.esafety.impact;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

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
import org.esafety.policy.Category;

/**
 * Beside {@code /rules}, for auditors and admins: the latest impact job (or the one asked for) with its summary, its
 * counts by category, school and rule, and the changed incidents, filtered by school and category, with the CSV of
 * the same filter. The filter form is a GET: it changes nothing. An admin starts a job through the API.
 */
@Path("/rules/impact")
@Produces(MediaType.TEXT_HTML)
public class ImpactPage {

    /** The page: the job shown (null: none yet), the jobs kept, the filter and the CSV link's query. */
    public record View(ImpactReport job, List<ImpactReport.Summary> jobs, List<String> schools,
                       List<Category> categories, String school, String category, String csvQuery) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance impact(View view);
    }

    private final ImpactJobs jobs;
    private final Caller caller;

    public ImpactPage(ImpactJobs jobs, Caller caller) {
        this.jobs = jobs;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.AUDITOR, Roles.ADMIN})
    public TemplateInstance impact(@QueryParam("job") UUID id, @QueryParam("schoolId") String schoolId,
                                   @QueryParam("category") String category) {
        String school = schoolId == null || schoolId.isBlank() ? null : schoolId;
        String kind = category == null || category.isBlank() ? null : category;
        List<ImpactJob> kept = jobs.all();
        Optional<ImpactJob> shown = id != null ? jobs.find(id) : kept.stream().findFirst();
        ImpactReport report = shown.map(j -> j.report(this::visible, school, kind)).orElse(null);
        List<String> schools = report == null ? List.of()
                : report.bySchool().stream().map(ImpactReport.Count::name).toList();
        String query = report == null ? "" : "schoolId=" + encode(school) + "&category=" + encode(kind);
        return Templates.impact(new View(report, kept.stream().map(j -> j.report(this::visible, null, null).summary())
                .toList(), schools, List.of(Category.values()), school, kind, query));
    }

    private boolean visible(String schoolId) {
        return caller.has(Roles.ADMIN) || caller.boundTo(schoolId);
    }

    private static String encode(String value) {
        return value == null ? "" : URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
