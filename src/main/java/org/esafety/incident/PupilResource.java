package org.esafety.incident;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.esafety.access.Roles;

/** A pupil's chronology (issue 20): the DSL's view of every incident in which the pupil is a party. */
@Path("/api/pupils/{ref}/chronology")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Incidents")
public class PupilResource {

    private final Chronology chronology;

    public PupilResource(Chronology chronology) {
        this.chronology = chronology;
    }

    @GET
    @RolesAllowed(Roles.DSL)
    @Operation(operationId = "getPupilChronology", summary = "A pupil's chronology: every incident of the school in "
            + "which the pupil (by the school's pseudonymous identifier, a party's ref) is a party, oldest first",
            description = "DSL only; an allegation the caller may not open, or one about the caller's position, is left "
                    + "out. At most 500 incidents.")
    public Chronology.View chronology(@PathParam("ref") String ref, @QueryParam("schoolId") String schoolId) {
        return chronology.of(ref, schoolId);
    }
}
