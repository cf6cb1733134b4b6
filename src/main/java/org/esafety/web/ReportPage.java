package org.esafety.web;

import java.net.URI;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.esafety.access.Caller;
import org.esafety.access.IntakeRateLimiter;
import org.esafety.access.Roles;
import org.esafety.common.InvalidRequestException;
import org.esafety.common.Violation;
import org.esafety.incident.IncidentRequest;
import org.esafety.incident.IncidentService;
import org.esafety.incident.IncidentValidator;
import org.esafety.policy.Category;
import org.esafety.policy.PartyKind;
import org.esafety.policy.PartyRole;
import org.esafety.policy.ReportedLegality;
import org.esafety.policy.StaffRole;
import org.esafety.school.School;
import org.esafety.school.SchoolRegistry;

/** The report form: a member of staff records an incident and sees at once what must happen now. */
@Path("/report")
@Produces(MediaType.TEXT_HTML)
public class ReportPage {

    /** The form, blank or as sent with what was wrong. {@code key} is the form's own idempotency key. */
    public record Form(List<School> schools, String key, FormErrors errors) {
        public List<Category> categories() {
            return List.of(Category.values());
        }

        public List<PartyRole> roles() {
            return List.of(PartyRole.values());
        }

        public List<PartyKind> kinds() {
            return List.of(PartyKind.values());
        }

        public List<StaffRole> staffRoles() {
            return List.of(StaffRole.values());
        }

        public List<ReportedLegality> legalities() {
            return List.of(ReportedLegality.values());
        }

        public List<Integer> rows() {
            return java.util.stream.IntStream.range(0, ReportForm.PARTY_ROWS).boxed().toList();
        }

        public List<IncidentModel.Answer> questions() {
            return Labels.QUESTIONS.entrySet().stream()
                    .map(q -> new IncidentModel.Answer(q.getKey(), q.getValue(), "")).toList();
        }

        /** The name of a party row's field, e.g. {@code parties[0].role}. */
        public String party(int row, String field) {
            return "parties[" + row + "]." + field;
        }

        public String value(String field) {
            return errors.value("report", field);
        }

        /** The answer sent for a circumstance ("yes", "no", "unknown" or ""). */
        public String answer(String flag) {
            return errors.value("report", "c." + flag);
        }

        public boolean invalid(String field) {
            return errors.has("report", field);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance report(Form form);
    }

    private final IncidentService incidents;
    private final IntakeRateLimiter limiter;
    private final IncidentValidator validator;
    private final SchoolRegistry schools;
    private final Caller caller;
    private final FormKeeper keeper;

    public ReportPage(IncidentService incidents, IntakeRateLimiter limiter, IncidentValidator validator,
                      SchoolRegistry schools, Caller caller, FormKeeper keeper) {
        this.keeper = keeper;
        this.incidents = incidents;
        this.validator = validator;
        this.limiter = limiter;
        this.schools = schools;
        this.caller = caller;
    }

    /** The blank form; with {@code ?kept}, the form this person sent after their session ended, as they typed it. */
    @GET
    @RolesAllowed({Roles.REPORTER, Roles.DSL})
    public TemplateInstance form(@jakarta.ws.rs.QueryParam("kept") String kept) {
        Optional<FormDrafts.Draft> draft = kept == null ? Optional.empty()
                : keeper.giveBack(page -> page.startsWith("/report?"));
        String key = draft.map(d -> d.values().get("externalRef")).orElse(UUID.randomUUID().toString());
        return Templates.report(new Form(mySchools(), key, draft.map(FormErrors::kept).orElse(FormErrors.NONE)));
    }

    @POST
    @PermitAll // signed in with a role, or kept for after signing in: FormKeeper
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response report(MultivaluedMap<String, String> form) {
        Optional<Response> away = keeper.accept(form, Roles.REPORTER, Roles.DSL);
        if (away.isPresent()) {
            return away.get();
        }
        String key = Forms.text(form, "externalRef");
        ZoneId zone = schools.find(String.valueOf(Forms.text(form, "schoolId"))).map(School::timeZone).orElse(ZoneOffset.UTC);
        ReportForm.Parsed parsed = ReportForm.parse(form, zone);
        try {
            IncidentRequest request = parsed.request();
            if (!parsed.violations().isEmpty()) {
                // Say everything that is wrong at once: what the form could not read and what the service refuses.
                List<Violation> all = new ArrayList<>(parsed.violations());
                try {
                    validator.checkIntake(request);
                } catch (InvalidRequestException e) {
                    e.violations().stream().map(parsed::onForm)
                            .filter(v -> all.stream().noneMatch(a -> a.field().equals(v.field()))).forEach(all::add);
                }
                throw new InvalidRequestException(all);
            }
            limiter.acquire(caller.principalId());
            IncidentService.Reported reported = incidents.report(request);
            return Response.seeOther(URI.create("/incidents/" + reported.incident().id() + "?reported=1")).build();
        } catch (InvalidRequestException e) {
            FormErrors errors = FormErrors.of("report", e.violations().stream().map(parsed::onForm).toList(),
                    Forms.values(form));
            return Response.status(400).type(MediaType.TEXT_HTML_TYPE)
                    .entity(Templates.report(new Form(mySchools(), key == null ? UUID.randomUUID().toString() : key, errors)))
                    .build();
        }
    }

    private List<School> mySchools() {
        return schools.all().stream().filter(s -> caller.boundTo(s.id())).sorted(Comparator.comparing(School::name)).toList();
    }
}
