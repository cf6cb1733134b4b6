package org.esafety.incident;

import java.io.Serializable;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;

/** When a principal of the DSL's side first opened an incident: the reporter sees that the DSL has read it. */
@Entity
@IdClass(IncidentReceipt.Key.class)
public class IncidentReceipt extends PanacheEntityBase {

    /** The composite key. */
    public record Key(UUID incidentId, String principal) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    public UUID incidentId;
    @Id
    public String principal;
    public Instant readAt;

    static List<IncidentReceipt> forIncidents(Collection<UUID> incidentIds) {
        return incidentIds.isEmpty() ? List.of() : list("incidentId in ?1", incidentIds);
    }
}
