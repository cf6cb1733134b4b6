package org.esafety.action;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/**
 * A correction of a completed action, appended under it: nothing recorded is overwritten. Attributed to the
 * principal who wrote it; its text is staff's free text, never sent to the rules or the logs.
 */
@Entity
public class ActionAddendum extends PanacheEntityBase {

    @Id
    public UUID id;
    public UUID actionId;
    public UUID incidentId;
    public Instant at;
    public String author;
    public String authorName;
    public String text;
    /** When what it records really happened, if it says. */
    public Instant actedAt;
    public String externalReference;

    static List<ActionAddendum> forActions(Collection<UUID> actionIds) {
        return actionIds.isEmpty() ? List.of() : list("actionId in ?1 order by at, id", actionIds);
    }
}
