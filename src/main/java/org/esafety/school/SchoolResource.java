package org.esafety.school;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.esafety.access.Roles;
import org.esafety.common.Page;

/** The school profiles that decide settings, deadlines and contacts. */
@Tag(name = "Schools")
@Path("/api/schools")
@RolesAllowed({Roles.REPORTER, Roles.DSL, Roles.AUDITOR, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
public class SchoolResource {

    private final SchoolRegistry schools;

    public SchoolResource(SchoolRegistry schools) {
        this.schools = schools;
    }

    @GET
    @Operation(operationId = "listSchools", summary = "Every configured school profile")
    public Page<SchoolView> list() {
        List<SchoolView> all = schools.all().stream().map(SchoolView::of).toList();
        return new Page<>(all, 0, all.size(), all.size());
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getSchool", summary = "One school profile")
    public SchoolView get(@PathParam("id") String id) {
        return schools.find(id).map(SchoolView::of).orElseThrow(() -> new SchoolNotFoundException(id));
    }
}
