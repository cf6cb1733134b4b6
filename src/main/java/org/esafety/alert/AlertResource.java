package org.esafety.alert;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.esafety.access.Caller;
import org.esafety.access.IntakeRateLimiter;
import org.esafety.access.Roles;
import org.esafety.common.Page;
import org.esafety.common.QueryParams;

/** Monitoring alerts in (README "Monitoring alerts"): a product posts them; the DSL triages them. */
@Tag(name = "Alerts")
@Path("/api/alerts")
@Produces(MediaType.APPLICATION_JSON)
public class AlertResource {

    private static final String RECEIVE = "Idempotent on (school, vendor, the vendor's event id): a repeat returns the "
            + "stored alert with 200 and stores nothing. schoolId: absent when the key is bound to one school. The answer "
            + "holds no personal data.";

    private final AlertIntake intake;
    private final AlertTriage triage;
    private final IntakeRateLimiter limiter;
    private final Caller caller;

    public AlertResource(AlertIntake intake, AlertTriage triage, IntakeRateLimiter limiter, Caller caller) {
        this.intake = intake;
        this.triage = triage;
        this.limiter = limiter;
        this.caller = caller;
    }

    @POST
    @Path("monitor")
    @RolesAllowed(Roles.INTEGRATION)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "receiveMonitorAlert", summary = "A Smoothwall/Qoria Monitor event", description = RECEIVE)
    @APIResponse(responseCode = "201", description = "Stored in the school's tray",
            content = @Content(schema = @Schema(implementation = AlertView.class)))
    @APIResponse(responseCode = "200", description = "This event was received before: the stored alert",
            content = @Content(schema = @Schema(implementation = AlertView.class)))
    @APIResponse(responseCode = "400", description = "Invalid body; nothing stored")
    @APIResponse(responseCode = "403", description = "Not bound to this school")
    @APIResponse(responseCode = "429", description = "Too many requests from these credentials; see Retry-After")
    public Response monitor(@QueryParam("schoolId") String schoolId, MonitorAlert body) {
        limiter.acquire(caller.principalId());
        Fields.body(body);
        return answer(intake.receive(Vendor.MONITOR, schoolId, body.read()));
    }

    @POST
    @Path("senso")
    @RolesAllowed(Roles.INTEGRATION)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "receiveSensoAlert", summary = "A Senso violation", description = RECEIVE)
    @APIResponse(responseCode = "201", description = "Stored in the school's tray",
            content = @Content(schema = @Schema(implementation = AlertView.class)))
    @APIResponse(responseCode = "200", description = "This violation was received before: the stored alert",
            content = @Content(schema = @Schema(implementation = AlertView.class)))
    @APIResponse(responseCode = "400", description = "Invalid body; nothing stored")
    @APIResponse(responseCode = "403", description = "Not bound to this school")
    @APIResponse(responseCode = "429", description = "Too many requests from these credentials; see Retry-After")
    public Response senso(@QueryParam("schoolId") String schoolId, SensoAlert body) {
        limiter.acquire(caller.principalId());
        Fields.body(body);
        return answer(intake.receive(Vendor.SENSO, schoolId, body.read()));
    }

    @POST
    @Path("generic")
    @RolesAllowed(Roles.INTEGRATION)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "receiveGenericAlert", summary = "An alert in the generic shape", description = RECEIVE)
    @APIResponse(responseCode = "201", description = "Stored in the school's tray",
            content = @Content(schema = @Schema(implementation = AlertView.class)))
    @APIResponse(responseCode = "200", description = "This event was received before: the stored alert",
            content = @Content(schema = @Schema(implementation = AlertView.class)))
    @APIResponse(responseCode = "400", description = "Invalid body; nothing stored")
    @APIResponse(responseCode = "403", description = "Not bound to this school")
    @APIResponse(responseCode = "429", description = "Too many requests from these credentials; see Retry-After")
    public Response generic(@QueryParam("schoolId") String schoolId, GenericAlert body) {
        limiter.acquire(caller.principalId());
        Fields.body(body);
        return answer(intake.receive(Vendor.GENERIC, schoolId, body.read()));
    }

    @GET
    @RolesAllowed({Roles.DSL, Roles.AUDITOR, Roles.ADMIN})
    @Operation(operationId = "listAlerts", summary = "The triage tray: alerts of the caller's schools, newest first",
            description = "Personal details for the DSL's side only (shownAs FULL); others see levels, types and status.")
    public Page<AlertView> list(
            @Parameter(description = "one of the caller's schools (another: 403)") @QueryParam("schoolId") String schoolId,
            @Parameter(schema = @Schema(implementation = AlertStatus.class)) @QueryParam("status") String status,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0"))
            @QueryParam("page") String page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
            @QueryParam("size") String size) {
        QueryParams p = new QueryParams();
        AlertStatus wanted = p.enumValue("status", status, AlertStatus.class);
        int pageNo = p.page(page);
        int pageSize = p.size(size);
        p.check();
        return triage.list(schoolId, wanted, pageNo, pageSize);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.DSL, Roles.AUDITOR, Roles.ADMIN})
    @Operation(operationId = "getAlert", summary = "One alert with its history")
    @APIResponse(responseCode = "200", description = "The alert",
            content = @Content(schema = @Schema(implementation = AlertView.class)))
    @APIResponse(responseCode = "404", description = "No such alert in the caller's schools")
    public AlertView get(@PathParam("id") UUID id) {
        return triage.get(id);
    }

    @POST
    @Path("{id}/promote")
    @RolesAllowed(Roles.DSL)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "promoteAlert", summary = "Make the alert an incident",
            description = "Reports an incident through intake (source alert:<vendor>, externalRef the alert's id) with the "
                    + "category, parties and circumstances given; the alert becomes PROMOTED and links to it. Audited.")
    @APIResponse(responseCode = "200", description = "The promoted alert, with incidentId",
            content = @Content(schema = @Schema(implementation = AlertView.class)))
    @APIResponse(responseCode = "400", description = "Invalid body (fields as for intake); nothing written")
    @APIResponse(responseCode = "404", description = "No such alert in the caller's schools")
    @APIResponse(responseCode = "409", description = "The alert was promoted or dismissed already")
    public AlertView promote(@PathParam("id") UUID id, PromoteRequest body) {
        return triage.promote(id, body);
    }

    @POST
    @Path("{id}/dismiss")
    @RolesAllowed(Roles.DSL)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "dismissAlert", summary = "Dismiss the alert with a reason", description = "Audited.")
    @APIResponse(responseCode = "200", description = "The dismissed alert",
            content = @Content(schema = @Schema(implementation = AlertView.class)))
    @APIResponse(responseCode = "400", description = "No reason of substance; nothing written")
    @APIResponse(responseCode = "404", description = "No such alert in the caller's schools")
    @APIResponse(responseCode = "409", description = "The alert was promoted or dismissed already")
    public AlertView dismiss(@PathParam("id") UUID id, DismissRequest body) {
        return triage.dismiss(id, body);
    }

    private static Response answer(AlertIntake.Received received) {
        if (received.created()) {
            return Response.created(URI.create("/api/alerts/" + received.alert().id())).entity(received.alert()).build();
        }
        return Response.ok(received.alert()).build();
    }
}
