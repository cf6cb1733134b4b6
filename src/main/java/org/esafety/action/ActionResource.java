package org.esafety.action;


import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import org.esafety.access.Roles;
import org.esafety.common.Page;
import org.esafety.common.QueryParams;
import org.esafety.policy.Responsible;

/** What is due and overdue (api.md "Reading"); completing an action is incident.CompletionResource. */
@Path("/api/actions")
@Produces(MediaType.APPLICATION_JSON)
public class ActionResource {

    private final ActionQueries queries;

    public ActionResource(ActionQueries queries) {
        this.queries = queries;
    }

    @GET
    @RolesAllowed({Roles.DSL, Roles.AUDITOR})
    @Operation(summary = "Actions, soonest due first", description = "overdue=true: OPEN actions whose dueAt is now or has passed")
    public Page<ActionView> list(@QueryParam("schoolId") String schoolId, @QueryParam("status") String status,
                                 @QueryParam("overdue") String overdue, @QueryParam("dueBefore") String dueBefore,
                                 @QueryParam("responsible") String responsible, @QueryParam("page") String page,
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
