package org.esafety.web;

import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

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
import org.esafety.action.ActionQueries;
import org.esafety.action.ActionStatus;
import org.esafety.action.ActionView;
import org.esafety.common.Page;
import org.esafety.common.QueryParams;
import org.esafety.incident.IncidentQueries;
import org.esafety.policy.Category;
import org.esafety.policy.DeadlineKind;
import org.esafety.policy.Responsible;
import org.esafety.school.School;
import org.esafety.school.SchoolRegistry;

/** The board: what is open across the signed-in person's schools, emergencies first, then soonest due. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class BoardPage {

    static final int PAGE_SIZE = 100;

    /** One action on the board. */
    public record Row(ActionView action, String schoolName, Category category, String reference, List<String> pupils,
                      String due, String dueIso, boolean pinned) {
    }

    /** The board and its filters as chosen. */
    public record Board(List<Row> rows, long total, int page, boolean hasNext, List<School> schools,
                        String school, Responsible responsible, String status, boolean overdue) {
        public List<Responsible> responsibles() {
            return List.of(Responsible.values());
        }

        public List<ActionStatus> statuses() {
            return List.of(ActionStatus.values());
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance board(Board board);
    }

    private final ActionQueries actions;
    private final IncidentQueries incidents;
    private final SchoolRegistry schools;
    private final Caller caller;
    private final Clock clock;

    public BoardPage(ActionQueries actions, IncidentQueries incidents, SchoolRegistry schools, Caller caller,
                     Clock clock) {
        this.actions = actions;
        this.incidents = incidents;
        this.schools = schools;
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
        Responsible responsibleFilter = p.enumValue("responsible", blankToNull(responsible), Responsible.class);
        boolean overdueOnly = "true".equals(overdue) || "on".equals(overdue);
        int pageNo = p.page(page);
        p.check();
        String schoolFilter = blankToNull(school);
        Page<ActionView> found = actions.list(new ActionQueries.Filter(schoolFilter, statusFilter,
                overdueOnly ? Boolean.TRUE : null, null, responsibleFilter), pageNo, PAGE_SIZE);
        // Open emergencies are pinned above the list on its first page, wherever their due time puts them.
        List<ActionView> pinned = statusFilter == null || statusFilter == ActionStatus.OPEN
                ? actions.emergencies(schoolFilter, responsibleFilter, PAGE_SIZE) : List.of();
        Set<UUID> pinnedIds = pinned.stream().map(ActionView::id).collect(Collectors.toSet());
        List<ActionView> listed = new ArrayList<>(pageNo == 0 ? pinned : List.of());
        found.items().stream().filter(a -> !pinnedIds.contains(a.id())).forEach(listed::add);
        Map<UUID, IncidentQueries.CaseLabel> labels = incidents.labels(listed.stream().map(ActionView::incidentId).toList());
        List<Row> shown = listed.stream().map(a -> row(a, labels.get(a.incidentId()))).toList();
        List<School> mine = schools.all().stream().filter(s -> caller.boundTo(s.id()))
                .sorted(Comparator.comparing(School::name)).toList();
        return Response.ok(Templates.board(new Board(shown, found.total(), pageNo,
                (long) (pageNo + 1) * PAGE_SIZE < found.total(), mine, schoolFilter, responsibleFilter, chosenStatus,
                overdueOnly))).build();
    }

    private Row row(ActionView a, IncidentQueries.CaseLabel label) {
        // A school taken out of the configuration still shows its actions, under its id and in UTC.
        School school = schools.find(a.schoolId()).orElse(null);
        LocalTimes times = new LocalTimes(clock, school == null ? java.time.ZoneOffset.UTC : school.timeZone());
        boolean pinned = a.status() == ActionStatus.OPEN && a.deadline() == DeadlineKind.EMERGENCY;
        return new Row(a, school == null ? a.schoolId() : school.name(), label == null ? null : label.category(),
                label == null ? null : label.reference(), label == null ? List.of() : label.pupils(), times.format(a.dueAt()),
                LocalTimes.iso(a.dueAt()), pinned);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
