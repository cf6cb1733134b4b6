package org.esafety.web;

import java.net.URI;
import java.time.ZoneId;
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

import org.esafety.access.Roles;
import org.esafety.common.InvalidRequestException;
import org.esafety.incident.ActionChanges;
import org.esafety.incident.CaseNotes;
import org.esafety.incident.IncidentLifecycle;
import org.esafety.incident.IncidentNotFoundException;
import org.esafety.incident.IncidentService;
import org.esafety.incident.IncidentView;

/**
 * One incident: the "must not" box, the facts, the actions with their reasons and the forms to complete and correct
 * them, the case notes, the lit flowchart, the evaluation history, new facts and closure. Prints as the e-safety
 * incident log form. Each form goes to the service the API uses, then back to the page with what was done.
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
    private final CaseNotes notes;
    private final IncidentPages pages;
    private final FormKeeper keeper;
    private final org.esafety.access.Caller caller;

    public IncidentPage(IncidentService incidents, IncidentLifecycle lifecycle, ActionChanges changes, CaseNotes notes,
                        IncidentPages pages, FormKeeper keeper, org.esafety.access.Caller caller) {
        this.keeper = keeper;
        this.caller = caller;
        this.incidents = incidents;
        this.lifecycle = lifecycle;
        this.changes = changes;
        this.notes = notes;
        this.pages = pages;
    }

    @GET
    @RolesAllowed({Roles.REPORTER, Roles.DSL, Roles.AUDITOR})
    public TemplateInstance show(@PathParam("id") UUID id, @QueryParam("reported") String reported,
                                 @QueryParam("done") String done, @QueryParam("kept") String kept) {
        FormErrors errors = kept == null ? FormErrors.NONE
                : keeper.giveBack(page -> page.startsWith("/incidents/" + id + "?"))
                        .map(FormErrors::kept).orElse(FormErrors.NONE);
        return pages.page(id, reported != null, done, errors);
    }

    @POST
    @Path("actions/{actionId}/completion")
    @PermitAll // signed in with a role, or kept for after signing in: FormKeeper
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response complete(@PathParam("id") UUID id, @PathParam("actionId") UUID actionId,
                             MultivaluedMap<String, String> form) {
        Optional<Response> away = keeper.accept(form, Roles.DSL);
        if (away.isPresent()) {
            return away.get();
        }
        ZoneId zone = zoneOfActionsIncident(id, actionId);
        try {
            changes.complete(actionId, RecordForms.completion(form, zone));
        } catch (InvalidRequestException e) {
            return refused(id, FormErrors.of("complete-" + actionId, e.violations(), Forms.values(form)));
        }
        return done(id, actionId.toString(), "action-" + actionId);
    }

    @POST
    @Path("actions/{actionId}/addenda")
    @PermitAll // signed in with a role, or kept for after signing in: FormKeeper
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response correct(@PathParam("id") UUID id, @PathParam("actionId") UUID actionId,
                            MultivaluedMap<String, String> form) {
        Optional<Response> away = keeper.accept(form, Roles.DSL);
        if (away.isPresent()) {
            return away.get();
        }
        ZoneId zone = zoneOfActionsIncident(id, actionId);
        try {
            changes.addendum(actionId, RecordForms.addendum(form, zone));
        } catch (InvalidRequestException e) {
            return refused(id, FormErrors.of("addendum-" + actionId, e.violations(), Forms.values(form)));
        }
        return done(id, "corrected", "action-" + actionId);
    }

    @POST
    @Path("notes")
    @PermitAll // signed in with a role, or kept for after signing in: FormKeeper
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response note(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
        Optional<Response> away = keeper.accept(form, Roles.DSL);
        if (away.isPresent()) {
            return away.get();
        }
        ZoneId zone = pages.school(incidents.get(id)).timeZone();
        try {
            notes.add(id, RecordForms.note(form, zone));
        } catch (InvalidRequestException e) {
            return refused(id, FormErrors.of("note", e.violations(), Forms.values(form)));
        }
        return done(id, "noted", "notes");
    }

    @POST
    @Path("reassessment")
    @PermitAll // signed in with a role, or kept for after signing in: FormKeeper
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reassess(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
        Optional<Response> away = keeper.accept(form, Roles.DSL);
        if (away.isPresent()) {
            return away.get();
        }
        try {
            lifecycle.reassess(id, ReassessmentForm.of(form));
        } catch (InvalidRequestException e) {
            return refused(id, FormErrors.of("reassess", e.violations(), Forms.values(form)));
        }
        return done(id, "reassessed", "actions");
    }

    @POST
    @Path("closure")
    @PermitAll // signed in with a role, or kept for after signing in: FormKeeper
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response close(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
        Optional<Response> away = keeper.accept(form, Roles.DSL);
        if (away.isPresent()) {
            return away.get();
        }
        try {
            lifecycle.close(id, new IncidentLifecycle.ClosureRequest(Forms.text(form, "closedBy"), Forms.text(form, "note")));
        } catch (InvalidRequestException e) {
            return refused(id, FormErrors.of("close", e.violations(), Forms.values(form)));
        }
        return done(id, "closed", "closure-record");
    }

    /** The school's time zone of the incident the action belongs to; an action of another incident is not found. */
    private ZoneId zoneOfActionsIncident(UUID id, UUID actionId) {
        IncidentView incident = incidents.get(id);
        if (incident.actions().stream().noneMatch(a -> a.id().equals(actionId))) {
            throw new IncidentNotFoundException(id);
        }
        return pages.school(incident).timeZone();
    }

    /** Post, redirect, get: back to the page, which says what was done, at the part that changed. */
    private static Response done(UUID id, String done, String anchor) {
        return Response.seeOther(URI.create("/incidents/" + id + "?done=" + done + "#" + anchor)).build();
    }

    private Response refused(UUID id, FormErrors errors) {
        return Response.status(400).entity(pages.page(id, false, null, errors)).type(MediaType.TEXT_HTML_TYPE).build();
    }
}
