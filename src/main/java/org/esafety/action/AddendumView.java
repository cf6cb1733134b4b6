package org.esafety.action;

import java.time.Instant;
import java.util.UUID;

import org.esafety.common.Attribution;

/** An addendum as the action's view lists it, oldest first. */
public record AddendumView(UUID id, Instant at, Attribution by, String text, Instant actedAt, String externalReference) {

    static AddendumView of(ActionAddendum a) {
        return new AddendumView(a.id, a.at, Attribution.of(a.author, a.authorName, null), a.text, a.actedAt,
                a.externalReference);
    }
}
