package org.esafety.action;


import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.esafety.access.Roles;
import org.esafety.common.Page;
import org.esafety.common.QueryParams;
import org.esafety.policy.Responsible;

/** What is due and overdue (api.md "Reading"); completing an action is incident.CompletionResource. */
@Tag(name = "Actions")
@Path("/api/actions")
@Produces(MediaType.APPLICATION_JSON)
public class ActionResource {

    private final ActionQueries queries;

    public ActionResource(ActionQueries queries) {
        this.queries = queries;
    }

    @GET
    @RolesAllowed({Roles.DSL, Roles.AUDITOR})
    @Operation(operationId = "listActions", summary = "Actions, soonest due first", description = "overdue=true: OPEN actions whose dueAt is now or has passed")
    public Page<ActionView> list(
            @QueryParam("schoolId") String schoolId,
            @Parameter(schema = @Schema(implementation = ActionStatus.class)) @QueryParam("status") String status,
            @Parameter(schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("overdue") String overdue,
            @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date-time")) @QueryParam("dueBefore")
            String dueBefore,
            @Parameter(schema = @Schema(implementation = Responsible.class)) @QueryParam("responsible")
            String responsible,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0"))
            @QueryParam("page") String page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
            @QueryParam("size") String size) {
        QueryParams p = new QueryParams();
        var filter = new ActionQueries.Filter(schoolId, p.enumValue("status", status, ActionStatus.class),
                p.bool("overdue", overdue), p.instant("dueBefore", dueBefore),
                p.enumValue("responsible", responsible, Responsible.class));
        int pageNo = p.page(page);
        int pageSize = p.size(size);
        p.check();
        return queries.list(filter, pageNo, pageSize);
    }
}
