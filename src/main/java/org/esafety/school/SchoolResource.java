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

import org.esafety.access.Caller;
import org.esafety.access.Roles;
import org.esafety.common.Page;

/**
 * The school profiles that decide settings, deadlines and contacts: only the caller's own schools (another
 * school's profile is 404, as if it did not exist), and the role inboxes' webhook URLs only for an admin.
 */
@Tag(name = "Schools")
@Path("/api/schools")
@RolesAllowed({Roles.REPORTER, Roles.DSL, Roles.AUDITOR, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
public class SchoolResource {

    private final SchoolRegistry schools;
    private final Caller caller;

    public SchoolResource(SchoolRegistry schools, Caller caller) {
        this.schools = schools;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "listSchools", summary = "The profiles of the caller's schools",
            description = "Webhook URLs are shown to admins only (null for other roles).")
    public Page<SchoolView> list() {
        List<SchoolView> mine = schools.all().stream().filter(s -> caller.boundTo(s.id())).map(this::view).toList();
        return new Page<>(mine, 0, mine.size(), mine.size());
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getSchool", summary = "One of the caller's school profiles (404 for any other)")
    public SchoolView get(@PathParam("id") String id) {
        return schools.find(id).filter(s -> caller.boundTo(s.id())).map(this::view)
                .orElseThrow(() -> new SchoolNotFoundException(id));
    }

    private SchoolView view(School school) {
        return SchoolView.of(school, caller.has(Roles.ADMIN));
    }
}
