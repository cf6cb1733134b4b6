package org.esafety.access;

import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;

import org.esafety.common.Where;

/**
 * The one place every list query gets "only the caller's schools" from (the access issue's tenancy): the school
 * asked for, if the caller is bound to it; else every school of the caller; and nothing for a caller bound to
 * none or asking for another school's list. Queries add their own filters to the clause it starts.
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
        return Optional.of(requested != null ? new Where().and("schoolId = :schoolId", "schoolId", requested)
                : new Where().and("schoolId in :schools", "schools", mine));
    }

    /** The submitter a list of incidents is restricted to, or null: a reporter only ever lists what it reported. */
    public String submitterOnly() {
        return caller.listRestrictedToSubmitter();
    }
}
