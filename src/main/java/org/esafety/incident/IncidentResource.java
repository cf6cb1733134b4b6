package org.esafety.incident;

import java.net.URI;
import java.util.UUID;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Reporting incidents and reading them back (api.md "Report an incident", "Reading"). */
@Path("/api/incidents")
@Produces(MediaType.APPLICATION_JSON)
public class IncidentResource {

    private final IncidentService incidents;

    public IncidentResource(IncidentService incidents) {
        this.incidents = incidents;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Report an incident", description = "Evaluates it against the rules and stores the decision. "
            + "Idempotent on (schoolId, source, externalRef).")
    @APIResponse(responseCode = "201", description = "Created, with the decision")
    @APIResponse(responseCode = "200", description = "The same request was received before: the stored incident")
    @APIResponse(responseCode = "400", description = "Invalid body; nothing stored")
    @APIResponse(responseCode = "409", description = "The key exists with a different body")
    public Response report(IncidentRequest request) {
        IncidentService.Reported reported = incidents.report(request);
        if (reported.created()) {
            return Response.created(URI.create("/api/incidents/" + reported.incident().id()))
                    .entity(reported.incident()).build();
        }
        return Response.ok(reported.incident()).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One incident with its decision")
    public IncidentView get(@PathParam("id") UUID id) {
        return incidents.get(id);
    }
}
