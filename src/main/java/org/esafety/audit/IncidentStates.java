package org.esafety.audit;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The incidents and their actions as staff see them, for the trail (a port: audit sits below the incident and action
 * packages, which answer it; docs/architecture.md "When a lower package needs a higher one").
 */
public interface IncidentStates {

    /**
     * The state a change leaves the incident in, read inside the changing transaction: an incident that is not
     * closed is given the status its actions give it, even if the change sets that status after appending.
     */
    Optional<IncidentState> recordable(UUID incidentId);

    /** The state now, as stored, of one incident. */
    Optional<IncidentState> now(UUID incidentId);

    /**
     * Up to {@code size} incidents of {@code schools} (every school when null) whose ids come after {@code after}
     * (from the first when null), in the database's order of ids, with their state now.
     */
    List<Current> page(Set<String> schools, UUID after, int size);

    /** An incident and its state now. */
    record Current(UUID incidentId, IncidentState state) {
    }
}
