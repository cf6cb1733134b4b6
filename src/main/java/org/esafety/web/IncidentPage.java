package org.esafety.web;

import java.net.URI;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import org.esafety.action.ActionView;
import org.esafety.action.CompletionRequest;
import org.esafety.common.InvalidRequestException;
import org.esafety.flowchart.Flowcharts;
import org.esafety.incident.EvaluationView;
import org.esafety.incident.ActionChanges;
import org.esafety.incident.Chronology;
import org.esafety.incident.IncidentLifecycle;
import org.esafety.incident.IncidentNotFoundException;
import org.esafety.incident.IncidentService;
import org.esafety.incident.IncidentView;
import org.esafety.rules.RuleInfo;
import org.esafety.rules.RuleSetHolder;
import org.esafety.school.School;
import org.esafety.school.SchoolRegistry;

/**
 * One incident: the "must not" box, the facts, the actions with their reasons and the forms to complete them, the
 * lit flowchart, the evaluation history, new facts and closure. Prints as the e-safety incident log form.
 */
@Path("/incidents/{id}")
@Produces(MediaType.TEXT_HTML)
public class IncidentPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance incident(IncidentModel page);
    }

    private final IncidentService incidents;
    private final IncidentLifecycle lifecycle;
    private final ActionChanges changes;
    private final SchoolRegistry schools;
    private final RuleSetHolder rules;
    private final Flowcharts flowchart;
    private final CsrfToken csrf;
    private final Caller caller;
    private final Clock clock;
    private final Chronology chronology;

    public IncidentPage(IncidentService incidents, IncidentLifecycle lifecycle, ActionChanges changes,
                        SchoolRegistry schools,
                        RuleSetHolder rules, Flowcharts flowchart, CsrfToken csrf, Caller caller,
                        Clock clock, Chronology chronology) {
        this.chronology = chronology;
        this.incidents = incidents;
        this.lifecycle = lifecycle;
        this.changes = changes;
        this.schools = schools;
        this.rules = rules;
        this.flowchart = flowchart;
        this.csrf = csrf;
        this.caller = caller;
        this.clock = clock;
    }

    @GET
    @RolesAllowed({Roles.REPORTER, Roles.DSL, Roles.AUDITOR})
    public TemplateInstance show(@PathParam("id") UUID id, @QueryParam("reported") String reported,
                                 @QueryParam("done") String done) {
        return page(id, reported != null, flash(done), FormErrors.NONE);
    }

    @POST
    @Path("actions/{actionId}/completion")
    @RolesAllowed(Roles.DSL)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response complete(@PathParam("id") UUID id, @PathParam("actionId") UUID actionId,
                             MultivaluedMap<String, String> form) {
        csrf.verify(form.getFirst(CsrfToken.FIELD));
        IncidentView incident = incidents.get(id);
        if (incident.actions().stream().noneMatch(a -> a.id().equals(actionId))) {
            throw new IncidentNotFoundException(id);
        }
        String formId = "complete-" + actionId;
        try {
            CompletionRequest.Outcome outcome = Forms.enumValue(form, "outcome", CompletionRequest.Outcome.class);
            if (outcome == null) {
                // Nothing is pre-chosen on the page: an action is never recorded as done by a stray Enter.
                throw new InvalidRequestException("outcome", "choose Done or Not required");
            }
            changes.complete(actionId, new CompletionRequest(outcome, Forms.text(form, "completedBy"),
                    Forms.text(form, "note"), Forms.text(form, "rationale"), Forms.text(form, "externalReference")));
        } catch (InvalidRequestException e) {
            return refused(id, FormErrors.of(formId, e.violations(), Forms.values(form)));
        }
        return Response.seeOther(URI.create("/incidents/" + id + "?done=" + actionId + "#action-" + actionId)).build();
    }

    @POST
    @Path("reassessment")
    @RolesAllowed(Roles.DSL)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reassess(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
        csrf.verify(form.getFirst(CsrfToken.FIELD));
        try {
            lifecycle.reassess(id, ReassessmentForm.of(form));
        } catch (InvalidRequestException e) {
            return refused(id, FormErrors.of("reassess", e.violations(), Forms.values(form)));
        }
        return Response.seeOther(URI.create("/incidents/" + id + "?done=reassessed#actions")).build();
    }

    @POST
    @Path("closure")
    @RolesAllowed(Roles.DSL)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response close(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
        csrf.verify(form.getFirst(CsrfToken.FIELD));
        try {
            lifecycle.close(id, new IncidentLifecycle.ClosureRequest(Forms.text(form, "closedBy"), Forms.text(form, "note")));
        } catch (InvalidRequestException e) {
            return refused(id, FormErrors.of("close", e.violations(), Forms.values(form)));
        }
        return Response.seeOther(URI.create("/incidents/" + id + "?done=closed")).build();
    }

    private Response refused(UUID id, FormErrors errors) {
        return Response.status(400).entity(page(id, false, "", errors)).type(MediaType.TEXT_HTML_TYPE).build();
    }

    private TemplateInstance page(UUID id, boolean reported, String flash, FormErrors errors) {
        IncidentView incident = incidents.get(id);
        School school = schools.find(incident.schoolId()).orElseThrow();
        boolean showHistory = caller.has(Roles.DSL) || caller.has(Roles.AUDITOR);
        List<EvaluationView> evaluations = showHistory ? lifecycle.evaluations(id) : List.of();
        List<String> fired = incident.assessment() == null ? List.of() : incident.assessment().firedRules();
        Map<String, String> ruleIds = new HashMap<>();
        for (RuleInfo r : rules.current().rules()) {
            ruleIds.put(r.name(), r.id());
        }
        String done = flash;
        if (flash.startsWith("action:")) {
            String actionId = flash.substring("action:".length());
            done = incident.actions().stream().filter(a -> a.id().toString().equals(actionId)).findFirst()
                    .map(IncidentPage::recorded).orElse("");
        }
        return Templates.incident(IncidentModel.of(incident, school, new LocalTimes(clock, school.timeZone()), evaluations,
                showHistory, caller.has(Roles.DSL), reported, done, flowchart.current().svg(fired), flowchart.current().litSteps(fired), ruleIds, errors,
                caller.has(Roles.DSL) ? chronology.thisTerm(incident, school.timeZone()) : Map.of()));
    }

    private static String recorded(ActionView a) {
        return "Recorded: \u201c" + a.title() + "\u201d is " + Labels.label(a.status()).toLowerCase() + ".";
    }

    private static String flash(String done) {
        if (done == null) {
            return "";
        }
        return switch (done) {
            case "reassessed" -> "The new facts were recorded and the rules ran again. The actions below are the new decision.";
            case "closed" -> "The incident is closed.";
            default -> {
                try {
                    yield "action:" + UUID.fromString(done);
                } catch (IllegalArgumentException e) {
                    yield "";
                }
            }
        };
    }
}
