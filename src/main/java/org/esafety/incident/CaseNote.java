package org.esafety.incident;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

/**
 * A note in a case's record: a call with a parent, a strategy meeting, advice received. Append-only and
 * attributed; staff's free text, never sent to the rules or the logs.
 */
@Entity
public class CaseNote extends PanacheEntityBase {

    /** What the note records. */
    public enum Kind { CALL, MEETING, ADVICE, OBSERVATION, OTHER }

    @Id
    public UUID id;
    public UUID incidentId;
    /** When it was written. */
    public Instant at;
    public String author;
    public String authorName;
    @Enumerated(EnumType.STRING)
    public Kind kind;
    /** When what it records happened, if the writer said. */
    public Instant occurredAt;
    public String text;

    static List<CaseNote> forIncidents(Collection<UUID> incidentIds) {
        return incidentIds.isEmpty() ? List.of() : list("incidentId in ?1 order by at, id", incidentIds);
    }
}
