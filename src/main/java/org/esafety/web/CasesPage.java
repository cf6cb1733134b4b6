package org.esafety.web;

import java.net.URI;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.esafety.access.Caller;
import org.esafety.access.Roles;
import org.esafety.action.ActionStatus;
import org.esafety.common.InvalidRequestException;
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
import org.esafety.transfer.ExportRequest;
import org.esafety.transfer.ExportView;
import org.esafety.transfer.ReceiptRequest;
import org.esafety.transfer.TransferReceipts;
import org.esafety.transfer.Transfers;

/**
 * Cases, findable (issue 20): the incident list with its search ({@code /incidents}) and a pupil's chronology
 * ({@code /pupils/{ref}}), both built on the same queries as the API; on the chronology, the child's file: send it to
 * the pupil's next school and mark it received.
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

    /** A pupil's chronology as the page shows it, with the exports of the pupil's file. */
    public record Story(Chronology.View chronology, String schoolName, List<String> reported, List<Export> exports,
                        String flash, FormErrors errors) {
        /** The pupil's reference as a path segment. */
        public String pupilPath() {
            return enc(chronology.pupil()).replace("+", "%20");
        }
    }

    /** An export of the pupil's file, with its times as the school reads them. */
    public record Export(ExportView export, String exportedAt, String receiptDueBy, String receiptAt) {
        /** The id of its "Mark received" form. */
        public String formId() {
            return "receipt-" + export.id();
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance cases(Cases cases);

        static native TemplateInstance chronology(Story story);
    }

    private final IncidentQueries incidents;
    private final Chronology chronology;
    private final SchoolRegistry schools;
    private final Transfers transfers;
    private final TransferReceipts receipts;
    private final CsrfToken csrf;
    private final Caller caller;
    private final FormKeeper keeper;
    private final Clock clock;

    public CasesPage(IncidentQueries incidents, Chronology chronology, SchoolRegistry schools, Transfers transfers,
                     TransferReceipts receipts, CsrfToken csrf, Caller caller, Clock clock, FormKeeper keeper) {
        this.keeper = keeper;
        this.incidents = incidents;
        this.chronology = chronology;
        this.schools = schools;
        this.transfers = transfers;
        this.receipts = receipts;
        this.csrf = csrf;
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
    public TemplateInstance chronology(@PathParam("ref") String ref, @QueryParam("school") String school,
                                       @QueryParam("done") String done, @QueryParam("kept") String kept) {
        Optional<FormDrafts.Draft> draft = kept == null ? Optional.empty()
                : keeper.giveBack(page -> page.startsWith("/pupils/" + ref + "?"));
        String from = draft.map(d -> d.values().get("school")).orElse(school);
        return story(ref, from, flash(done), draft.map(FormErrors::kept).orElse(FormErrors.NONE));
    }

    @POST
    @Path("pupils/{ref}/file")
    @PermitAll // signed in with a role, or kept for after signing in: FormKeeper
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response sendFile(@PathParam("ref") String ref, MultivaluedMap<String, String> form) {
        Optional<Response> away = keeper.accept(form, Roles.DSL);
        if (away.isPresent()) {
            return away.get();
        }
        String school = Forms.text(form, "school");
        try {
            transfers.export(ref, school, new ExportRequest(Forms.text(form, "toSchool"), Forms.text(form, "reason")));
        } catch (InvalidRequestException e) {
            return refused(ref, school, FormErrors.of("send-file", e.violations(), Forms.values(form)));
        }
        return Response.seeOther(pupilPage(ref, school, "sent")).build();
    }

    @POST
    @Path("pupils/{ref}/file/exports/{id}/receipt")
    @RolesAllowed(Roles.DSL)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response markReceived(@PathParam("ref") String ref, @PathParam("id") UUID id,
                                 MultivaluedMap<String, String> form) {
        csrf.verify(form.getFirst(CsrfToken.FIELD));
        String school = Forms.text(form, "school");
        try {
            receipts.record(ref, id, new ReceiptRequest(Forms.text(form, "receivedBy"), Forms.text(form, "note")));
        } catch (InvalidRequestException e) {
            return refused(ref, school, FormErrors.of("receipt-" + id, e.violations(), Forms.values(form)));
        }
        return Response.seeOther(pupilPage(ref, school, "received")).build();
    }

    private TemplateInstance story(String ref, String school, String flash, FormErrors errors) {
        Chronology.View view = chronology.of(ref, school);
        School s = schools.find(school).orElse(null);
        LocalTimes times = new LocalTimes(clock, s == null ? ZoneOffset.UTC : s.timeZone());
        List<Export> exports = transfers.list(ref, school).stream().map(e -> new Export(e,
                times.format(e.exportedAt()), times.format(e.receiptDueBy()),
                e.receipt() == null ? "" : times.format(e.receipt().at()))).toList();
        return Templates.chronology(new Story(view, s == null ? school : s.name(),
                view.incidents().stream().map(e -> times.format(e.reportedAt())).toList(), exports, flash, errors));
    }

    private Response refused(String ref, String school, FormErrors errors) {
        return Response.status(400).entity(story(ref, school, "", errors)).type(MediaType.TEXT_HTML_TYPE).build();
    }

    private static URI pupilPage(String ref, String school, String done) {
        return URI.create("/pupils/" + enc(ref).replace("+", "%20") + "?school=" + enc(school) + "&done=" + done
                + "#file");
    }

    private static String flash(String done) {
        if (done == null) {
            return "";
        }
        return switch (done) {
            case "sent" -> "The file was sent: download the archive below and give it to the receiving school.";
            case "received" -> "The receipt was recorded.";
            default -> "";
        };
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
