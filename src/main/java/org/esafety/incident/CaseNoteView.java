package org.esafety.incident;

import java.time.Instant;
import java.util.UUID;

import org.esafety.common.Attribution;

/** A case note as the incident view lists it, in the order written. */
public record CaseNoteView(UUID id, Instant at, Attribution by, CaseNote.Kind kind, Instant occurredAt, String text) {

    static CaseNoteView of(CaseNote n) {
        return new CaseNoteView(n.id, n.at, Attribution.of(n.author, n.authorName, null), n.kind, n.occurredAt, n.text);
    }
}
