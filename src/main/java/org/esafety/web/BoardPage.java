package org.esafety.web;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.esafety.access.Caller;
import org.esafety.access.Roles;
import org.esafety.action.BoardQueries;
import org.esafety.action.ActionStatus;
import org.esafety.action.ActionView;
import org.esafety.action.Recordable;
import org.esafety.common.QueryParams;
import org.esafety.incident.IncidentQueries;
import org.esafety.policy.Category;
import org.esafety.policy.Legality;
import org.esafety.policy.Responsible;
import org.esafety.school.School;
import org.esafety.school.SchoolRegistry;

/**
 * The board: the open actions of the signed-in person's schools grouped by case, cases with an emergency first, then
 * soonest due. A DSL starts with "what I may record" ({@link MyWork}); a fixed number of statements per page.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class BoardPage {

    static final int PAGE_SIZE = 20;
    /** The "who must act" choices besides the roles themselves. */
    static final String MINE = "MINE";
    static final String ANYONE = "ANY";

    /** One action of a case on the board. */
    public record Row(ActionView action, String due, String dueIso, boolean pinned) {
    }

    /** One case: its reference, pupils (a DSL's view only), category, decision, school, and its matching actions. */
    public record Group(UUID incidentId, String reference, Category category, Legality legality, List<String> pupils,
                        String schoolName, boolean emergency, boolean overdue, List<Row> rows) {
    }

    /** The board and its filters as chosen; {@code responsible} is MINE, ANY or a role's name. */
    public record Board(List<Group> groups, long caseCount, long actionCount, int page, boolean hasNext,
                        List<School> schools, String school, String responsible, boolean records, String status,
                        boolean overdue) {
        public List<Responsible> responsibles() {
            return List.of(Responsible.values());
        }

        public List<ActionStatus> statuses() {
            return List.of(ActionStatus.values());
        }

        /** The filters as a query string, for the pages' links. */
        public String query() {
            return "school=" + URLEncoder.encode(school == null ? "" : school, StandardCharsets.UTF_8)
                    + "&responsible=" + responsible + "&status=" + status + (overdue ? "&overdue=true" : "");
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance board(Board board);
    }

    private final BoardQueries actions;
    private final IncidentQueries incidents;
    private final SchoolRegistry schools;
    private final MyWork myWork;
    private final Caller caller;
    private final Clock clock;

    public BoardPage(BoardQueries actions, IncidentQueries incidents, SchoolRegistry schools, MyWork myWork,
                     Caller caller, Clock clock) {
        this.actions = actions;
        this.incidents = incidents;
        this.schools = schools;
        this.myWork = myWork;
        this.caller = caller;
        this.clock = clock;
    }

    @GET
    @RolesAllowed({Roles.DSL, Roles.AUDITOR, Roles.REPORTER})
    public Response board(@QueryParam("school") String school, @QueryParam("responsible") String responsible,
                          @QueryParam("status") String status, @QueryParam("overdue") String overdue,
                          @QueryParam("page") String page) {
        if (!caller.has(Roles.DSL) && !caller.has(Roles.AUDITOR)) {
            // A reporter has no board: it reports, and reads back what it reported.
            return Response.seeOther(URI.create("/report")).build();
        }
        QueryParams p = new QueryParams();
        String chosenStatus = status == null ? ActionStatus.OPEN.name() : status;
        ActionStatus statusFilter = "ANY".equals(chosenStatus) ? null
                : p.enumValue("status", chosenStatus, ActionStatus.class);
        boolean records = myWork.records();
        String chosen = responsible == null || responsible.isBlank() ? (records ? MINE : ANYONE) : responsible;
        if (MINE.equals(chosen) && !records) {
            chosen = ANYONE;
        }
        Responsible one = MINE.equals(chosen) || ANYONE.equals(chosen) ? null
                : p.enumValue("responsible", chosen, Responsible.class);
        Recordable mine = MINE.equals(chosen) ? myWork.recordable().orElseThrow() : null;
        boolean overdueOnly = "true".equals(overdue) || "on".equals(overdue);
        int pageNo = p.page(page);
        p.check();
        String schoolFilter = school == null || school.isBlank() ? null : school;
        BoardQueries.CasePage found = actions.cases(new BoardQueries.CaseFilter(schoolFilter, statusFilter,
                overdueOnly, one, mine), pageNo, PAGE_SIZE);
        Map<UUID, IncidentQueries.CaseLabel> labels = incidents.labels(found.cases().stream()
                .map(BoardQueries.CaseActions::incidentId).toList());
        List<Group> groups = found.cases().stream().map(c -> group(c, labels.get(c.incidentId()))).toList();
        List<School> bound = schools.all().stream().filter(s -> caller.boundTo(s.id()))
                .sorted(Comparator.comparing(School::name)).toList();
        return Response.ok(Templates.board(new Board(groups, found.caseCount(), found.actionCount(), pageNo,
                (long) (pageNo + 1) * PAGE_SIZE < found.caseCount(), bound, schoolFilter, chosen, records, chosenStatus,
                overdueOnly))).build();
    }

    private Group group(BoardQueries.CaseActions c, IncidentQueries.CaseLabel label) {
        String schoolId = c.actions().get(0).schoolId();
        // A school taken out of the configuration still shows its actions, under its id and in UTC.
        School school = schools.find(schoolId).orElse(null);
        LocalTimes times = new LocalTimes(clock, school == null ? ZoneOffset.UTC : school.timeZone());
        List<Row> rows = c.actions().stream().map(a -> new Row(a, times.format(a.dueAt()), LocalTimes.iso(a.dueAt()),
                BoardQueries.pinned(a))).toList();
        // Pupils' references are personal data: an auditor's board leaves them out, as the API does.
        List<String> pupils = label == null || !caller.has(Roles.DSL) ? List.of() : label.pupils();
        return new Group(c.incidentId(), label == null ? null : label.reference(), label == null ? null : label.category(),
                label == null ? null : label.legality(), pupils, school == null ? schoolId : school.name(), c.emergency(),
                rows.stream().anyMatch(r -> r.action().overdue()), rows);
    }
}
