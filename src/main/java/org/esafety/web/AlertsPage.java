package org.esafety.web;

import java.net.URI;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
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
import org.esafety.alert.AlertStatus;
import org.esafety.alert.AlertTriage;
import org.esafety.alert.AlertView;
import org.esafety.alert.DismissRequest;
import org.esafety.alert.PromoteRequest;
import org.esafety.common.InvalidRequestException;
import org.esafety.common.Page;
import org.esafety.common.QueryParams;
import org.esafety.common.Violation;
import org.esafety.incident.PartyRequest;
import org.esafety.policy.Category;
import org.esafety.policy.PartyKind;
import org.esafety.policy.PartyRole;
import org.esafety.school.School;
import org.esafety.school.SchoolRegistry;

/**
 * The DSL's triage tray ({@code /alerts}, issue 19): the monitoring products' alerts of the DSL's schools, newest
 * first, each with its details, a form that makes it an incident (the category the alert suggests is chosen, and the
 * DSL may change it) and a form that dismisses it with a reason.
 */
@Path("/alerts")
@Produces(MediaType.TEXT_HTML)
public class AlertsPage {

    static final int PAGE_SIZE = 50;
    /** How many people the promote form offers. */
    static final int PARTY_ROWS = 2;

    /** One alert as the tray shows it. */
    public record Item(AlertView alert, String schoolName, String occurred, String received) {
        public String promoteForm() {
            return "promote-" + alert.id();
        }

        public String dismissForm() {
            return "dismiss-" + alert.id();
        }
    }

    /** The tray with its filters. */
    public record Tray(List<Item> items, long total, List<School> schools, String school, AlertStatus status,
                       String flash, FormErrors errors) {
        public List<AlertStatus> statuses() {
            return List.of(AlertStatus.values());
        }

        public List<Category> categories() {
            return List.of(Category.values());
        }

        public List<PartyRole> roles() {
            return List.of(PartyRole.values());
        }

        public List<PartyKind> kinds() {
            return List.of(PartyKind.values());
        }

        public List<Integer> rows() {
            return java.util.stream.IntStream.range(0, PARTY_ROWS).boxed().toList();
        }

        /** The category a promote form shows chosen: what the DSL chose last time, else what the alert suggests. */
        public String category(Item item) {
            String typed = errors.value(item.promoteForm(), "category");
            return typed.isEmpty() && item.alert().suggestedCategory() != null ? item.alert().suggestedCategory().name()
                    : typed;
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance alerts(Tray tray);
    }

    private final AlertTriage triage;
    private final SchoolRegistry schools;
    private final CsrfToken csrf;
    private final Caller caller;
    private final Clock clock;

    public AlertsPage(AlertTriage triage, SchoolRegistry schools, CsrfToken csrf, Caller caller, Clock clock) {
        this.triage = triage;
        this.schools = schools;
        this.csrf = csrf;
        this.caller = caller;
        this.clock = clock;
    }

    @GET
    @RolesAllowed(Roles.DSL)
    public TemplateInstance tray(@QueryParam("school") String school, @QueryParam("status") String status,
                                 @QueryParam("done") String done) {
        QueryParams p = new QueryParams();
        AlertStatus wanted = p.enumValue("status", blank(status) ? null : status, AlertStatus.class);
        p.check();
        return page(blank(school) ? null : school, blank(status) ? AlertStatus.NEW : wanted, flash(done),
                FormErrors.NONE);
    }

    @POST
    @Path("{id}/promote")
    @RolesAllowed(Roles.DSL)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response promote(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
        csrf.verify(form.getFirst(CsrfToken.FIELD));
        List<Violation> violations = new ArrayList<>();
        Category category = read(violations, () -> Forms.enumValue(form, "category", Category.class));
        List<PartyRequest> parties = new ArrayList<>();
        for (int row = 0; row < PARTY_ROWS; row++) {
            int r = row;
            PartyRequest party = read(violations, () -> party(form, r));
            if (party != null) {
                parties.add(party);
            }
        }
        try {
            if (!violations.isEmpty()) {
                throw new InvalidRequestException(violations);
            }
            AlertView promoted = triage.promote(id, new PromoteRequest(category, null, parties, null, null,
                    Forms.text(form, "summary"), null));
            return Response.seeOther(URI.create("/incidents/" + promoted.incidentId())).build();
        } catch (InvalidRequestException e) {
            return refused(form, FormErrors.of("promote-" + id, e.violations(), Forms.values(form)));
        }
    }

    @POST
    @Path("{id}/dismiss")
    @RolesAllowed(Roles.DSL)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response dismiss(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
        csrf.verify(form.getFirst(CsrfToken.FIELD));
        try {
            triage.dismiss(id, new DismissRequest(Forms.text(form, "reason")));
        } catch (InvalidRequestException e) {
            return refused(form, FormErrors.of("dismiss-" + id, e.violations(), Forms.values(form)));
        }
        String school = Forms.text(form, "school");
        return Response.seeOther(URI.create("/alerts?school=" + (school == null ? "" : enc(school)) + "&done=dismissed"))
                .build();
    }

    private TemplateInstance page(String school, AlertStatus status, String flash, FormErrors errors) {
        Page<AlertView> found = triage.list(school, status, 0, PAGE_SIZE);
        List<Item> items = found.items().stream().map(this::item).toList();
        return Templates.alerts(new Tray(items, found.total(), mySchools(), school, status, flash, errors));
    }

    private Response refused(MultivaluedMap<String, String> form, FormErrors errors) {
        String school = Forms.text(form, "school");
        return Response.status(400).entity(page(school, AlertStatus.NEW, "", errors)).type(MediaType.TEXT_HTML_TYPE)
                .build();
    }

    /** A person of the form; a row whose part and kind are both blank is nobody. */
    private static PartyRequest party(MultivaluedMap<String, String> form, int row) {
        String p = "parties[" + row + "].";
        PartyRole role = Forms.enumValue(form, p + "role", PartyRole.class);
        PartyKind kind = Forms.enumValue(form, p + "kind", PartyKind.class);
        String age = Forms.text(form, p + "age");
        String ref = Forms.text(form, p + "ref");
        if (role == null && kind == null) {
            if (age != null || ref != null) {
                throw new InvalidRequestException(p + "role", "say who this person is: their part and what they are");
            }
            return null;
        }
        Integer years = null;
        if (age != null) {
            try {
                years = Integer.valueOf(age);
            } catch (NumberFormatException e) {
                throw new InvalidRequestException(p + "age", "age is a whole number of years");
            }
        }
        return new PartyRequest(role, kind, null, years, ref, null);
    }

    private Item item(AlertView a) {
        School school = schools.find(a.schoolId()).orElse(null);
        LocalTimes times = new LocalTimes(clock, school == null ? ZoneOffset.UTC : school.timeZone());
        return new Item(a, school == null ? a.schoolId() : school.name(), times.format(a.occurredAt()),
                times.format(a.receivedAt()));
    }

    private List<School> mySchools() {
        return schools.all().stream().filter(s -> caller.boundTo(s.id())).sorted(Comparator.comparing(School::name))
                .toList();
    }

    private static String flash(String done) {
        return "dismissed".equals(done) ? "The alert was dismissed; its reason is recorded." : "";
    }

    private static <T> T read(List<Violation> violations, java.util.function.Supplier<T> field) {
        try {
            return field.get();
        } catch (InvalidRequestException e) {
            violations.addAll(e.violations());
            return null;
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String enc(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }
}
