package org.esafety.impact;

import java.util.UUID;

import org.esafety.common.ResourceNotFoundException;

/** No such impact job on this instance (never started, or no longer among the jobs kept): 404. */
public class ImpactJobNotFoundException extends ResourceNotFoundException {

    public ImpactJobNotFoundException(UUID id) {
        super("no impact job " + id + " on this instance; jobs live in memory and only the newest are kept: start it"
                + " again");
    }
}
