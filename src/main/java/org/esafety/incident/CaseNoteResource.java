package org.esafety.incident;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.esafety.access.Roles;

/** A case's notes (issue 16): appended by the DSL, attributed, in the order written; never sent to the rules or the logs. */
@Tag(name = "Incidents")
@Path("/api/incidents/{id}/notes")
@Produces(MediaType.APPLICATION_JSON)
public class CaseNoteResource {

    private final CaseNotes notes;
    private final IncidentService incidents;

    public CaseNoteResource(CaseNotes notes, IncidentService incidents) {
        this.notes = notes;
        this.incidents = incidents;
    }

    @POST
    @RolesAllowed(Roles.DSL)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addNote", summary = "Add a case note: a call, a meeting, advice received",
            description = "Append-only; open or closed incidents. Write names in [[double brackets]] to let auditors "
                    + "read the note without them.")
    @APIResponse(responseCode = "201", description = "The note as recorded",
            content = @Content(schema = @Schema(implementation = CaseNoteView.class)))
    public Response add(@PathParam("id") UUID id, NoteRequest request) {
        CaseNoteView note = notes.add(id, request);
        return Response.created(URI.create("/api/incidents/" + id + "/notes#" + note.id())).entity(note).build();
    }

    @GET
    @RolesAllowed({Roles.DSL, Roles.AUDITOR})
    @Operation(operationId = "listNotes", summary = "The case notes, oldest first (auditors: names and unmarked text withheld)")
    public List<CaseNoteView> list(@PathParam("id") UUID id) {
        IncidentView view = incidents.get(id);
        if (view.shownAs() == IncidentView.ShownAs.REPORTER) {
            throw new IncidentNotFoundException(id);
        }
        return view.notes();
    }
}
