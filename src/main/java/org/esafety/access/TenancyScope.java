package org.esafety.access;

import java.util.Optional;
import java.util.Set;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.RequestScoped;

import org.esafety.common.RoleList;
import org.esafety.common.Where;

/**
 * The one place every list query gets "only the caller's schools" from (the access issue's tenancy): the school
 * asked for, if the caller is bound to it; else every school of the caller; and nothing for a caller bound to
 * none or asking for another school's list. A caller whose position (DSL, HEADTEACHER…) a case keeps away from it
 * — the subject's — never lists that case or its actions. Queries add their own filters to the clause it starts;
 * the entities they query have a {@code schoolId} and a {@code subjectRoles} column.
 */
@RequestScoped
public class TenancyScope {

    private final Caller caller;

    public TenancyScope(Caller caller) {
        this.caller = caller;
    }

    /**
     * The start of a list's where clause on {@code schoolId}, or empty when the list must be empty. With one school
     * asked for (and checked), the caller's other schools are not sent: a key bound to hundreds of schools would
     * send hundreds of parameters per query.
     */
    public Optional<Where> schools(String requested) {
        Set<String> mine = caller.schoolIds();
        if (mine.isEmpty() || (requested != null && !mine.contains(requested))) {
            return Optional.empty();
        }
        Where where = requested != null ? new Where().and("schoolId = :schoolId", "schoolId", requested)
                : new Where().and("schoolId in :schools", "schools", mine);
        // A case about the holder of the caller's position (the subject's roles, §3.5) is not the caller's to see.
        caller.position().ifPresent(p -> where.and("(subjectRoles is null or subjectRoles not like :notAbout)",
                Parameters.with("notAbout", RoleList.pattern(p.name()))));
        return Optional.of(where);
    }

    /**
     * The same scope for queries written in SQL (grouped reports): the schools, and the like-pattern of the subject
     * roles to leave out (null when the caller holds no position); empty when nothing may be read.
     */
    public Optional<Sql> forSql(String requested) {
        Set<String> mine = caller.schoolIds();
        if (mine.isEmpty() || (requested != null && !mine.contains(requested))) {
            return Optional.empty();
        }
        return Optional.of(new Sql(requested != null ? Set.of(requested) : mine,
                caller.position().map(p -> RoleList.pattern(p.name())).orElse(null)));
    }

    /** What {@link #forSql} returns: {@code school_id in :schools and (subject_roles is null or not like :notAbout)}. */
    public record Sql(Set<String> schoolIds, String notAbout) {
    }

    /** The submitter a list of incidents is restricted to, or null: a reporter only ever lists what it reported. */
    public String submitterOnly() {
        return caller.listRestrictedToSubmitter();
    }
}
