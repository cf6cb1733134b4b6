package org.esafety.web;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.esafety.access.Caller;
import org.esafety.access.Roles;
import org.esafety.action.ActionStatus;
import org.esafety.common.Page;
import org.esafety.common.QueryParams;
import org.esafety.incident.Chronology;
import org.esafety.incident.IncidentQueries;
import org.esafety.incident.IncidentStatus;
import org.esafety.incident.IncidentView;
import org.esafety.policy.Category;
import org.esafety.policy.Legality;
import org.esafety.school.School;
import org.esafety.school.SchoolRegistry;

/**
 * Cases, findable (issue 20): the incident list with its search ({@code /incidents}) and a pupil's chronology
 * ({@code /pupils/{ref}}), both built on the same queries as the API.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class CasesPage {

    static final int PAGE_SIZE = 50;

    /** One case in the list. */
    public record Row(IncidentView incident, String schoolName, String reported, long open, long overdue) {
    }

    /** The list and its filters as chosen. */
    public record Cases(List<Row> rows, long total, int page, boolean hasNext, List<School> schools, String school,
                        String q, IncidentStatus status, Category category, Legality legality, boolean overdue,
                        String pupil, IncidentQueries.Order sort, String query) {
        public List<IncidentStatus> statuses() {
            return List.of(IncidentStatus.values());
        }

        public List<Category> categories() {
            return List.of(Category.values());
        }

        public List<Legality> legalities() {
            return List.of(Legality.values());
        }

        public List<IncidentQueries.Order> orders() {
            return List.of(IncidentQueries.Order.values());
        }
    }

    /** A pupil's chronology as the page shows it. */
    public record Story(Chronology.View chronology, String schoolName, List<String> reported) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance cases(Cases cases);

        static native TemplateInstance chronology(Story story);
    }

    private final IncidentQueries incidents;
    private final Chronology chronology;
    private final SchoolRegistry schools;
    private final Caller caller;
    private final Clock clock;

    public CasesPage(IncidentQueries incidents, Chronology chronology, SchoolRegistry schools, Caller caller,
                     Clock clock) {
        this.incidents = incidents;
        this.chronology = chronology;
        this.schools = schools;
        this.caller = caller;
        this.clock = clock;
    }

    @GET
    @Path("incidents")
    @RolesAllowed({Roles.DSL, Roles.AUDITOR, Roles.REPORTER})
    public TemplateInstance list(@QueryParam("school") String school, @QueryParam("q") String q,
                                 @QueryParam("status") String status, @QueryParam("category") String category,
                                 @QueryParam("legality") String legality, @QueryParam("overdue") String overdue,
                                 @QueryParam("pupil") String pupil, @QueryParam("sort") String sort,
                                 @QueryParam("page") String page) {
        QueryParams p = new QueryParams();
        String text = blankToNull(q);
        if (text != null && text.length() > 100) {
            p.reject("q", "at most 100 characters");
        }
        IncidentStatus statusFilter = p.enumValue("status", blankToNull(status), IncidentStatus.class);
        Category categoryFilter = p.enumValue("category", blankToNull(category), Category.class);
        Legality legalityFilter = p.enumValue("legality", blankToNull(legality), Legality.class);
        IncidentQueries.Order order = p.enumValue("sort", blankToNull(sort), IncidentQueries.Order.class);
        boolean overdueOnly = "true".equals(overdue) || "on".equals(overdue);
        int pageNo = p.page(page);
        p.check();
        String schoolFilter = blankToNull(school);
        String pupilFilter = blankToNull(pupil);
        Page<IncidentView> found = incidents.list(new IncidentQueries.Filter(schoolFilter, statusFilter, categoryFilter,
                null, null, text, legalityFilter, overdueOnly ? Boolean.TRUE : null, pupilFilter,
                order == null ? IncidentQueries.Order.NEWEST : order), pageNo, PAGE_SIZE);
        List<Row> rows = found.items().stream().map(this::row).toList();
        String query = "school=" + enc(schoolFilter) + "&q=" + enc(text) + "&status=" + name(statusFilter)
                + "&category=" + name(categoryFilter) + "&legality=" + name(legalityFilter)
                + (overdueOnly ? "&overdue=true" : "") + "&pupil=" + enc(pupilFilter) + "&sort=" + name(order);
        return Templates.cases(new Cases(rows, found.total(), pageNo, (long) (pageNo + 1) * PAGE_SIZE < found.total(),
                mySchools(), schoolFilter, text, statusFilter, categoryFilter, legalityFilter, overdueOnly, pupilFilter,
                order, query));
    }

    @GET
    @Path("pupils/{ref}")
    @RolesAllowed(Roles.DSL)
    public TemplateInstance chronology(@PathParam("ref") String ref, @QueryParam("school") String school) {
        Chronology.View view = chronology.of(ref, school);
        School s = schools.find(school).orElse(null);
        LocalTimes times = new LocalTimes(clock, s == null ? ZoneOffset.UTC : s.timeZone());
        return Templates.chronology(new Story(view, s == null ? school : s.name(),
                view.incidents().stream().map(e -> times.format(e.reportedAt())).toList()));
    }

    private Row row(IncidentView v) {
        School school = schools.find(v.schoolId()).orElse(null);
        LocalTimes times = new LocalTimes(clock, school == null ? ZoneOffset.UTC : school.timeZone());
        return new Row(v, school == null ? v.schoolId() : school.name(), times.format(v.reportedAt()),
                v.actions().stream().filter(a -> a.status() == ActionStatus.OPEN).count(),
                v.actions().stream().filter(a -> a.overdue()).count());
    }

    private List<School> mySchools() {
        return schools.all().stream().filter(s -> caller.boundTo(s.id())).sorted(Comparator.comparing(School::name))
                .toList();
    }

    private static String name(Enum<?> value) {
        return value == null ? "" : value.name();
    }

    private static String enc(String value) {
        return value == null ? "" : java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
