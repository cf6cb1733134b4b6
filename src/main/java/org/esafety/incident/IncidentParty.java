package org.esafety.incident;

import java.time.Instant;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import org.esafety.policy.PartyKind;
import org.esafety.policy.PartyRole;
import org.esafety.policy.StaffRole;

/** One party of an incident; {@code ref} is the source system's pseudonymous id, never sent to the rules. */
@Entity
public class IncidentParty extends PanacheEntityBase {

    @Id
    public UUID id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "incident_id")
    public Incident incident;
    public int position;
    @Enumerated(EnumType.STRING)
    public PartyRole role;
    @Enumerated(EnumType.STRING)
    public PartyKind kind;
    @Enumerated(EnumType.STRING)
    public StaffRole staffRole;
    public Integer age;
    public String ref;
    /** (v6) Employed by a supply agency or a contractor; only on STAFF and VISITOR parties; null when not said. */
    public Boolean agencyOrContractor;
    /** When a reassessment replaced the list this party belonged to; null while current. */
    public Instant replacedAt;

    /** A new current party of {@code incident} at {@code position}, as the request gave it. */
    static IncidentParty of(Incident incident, int position, PartyRequest p) {
        IncidentParty party = new IncidentParty();
        party.id = UUID.randomUUID();
        party.incident = incident;
        party.position = position;
        party.role = p.role();
        party.kind = p.kind();
        party.staffRole = p.staffRole();
        party.age = p.age();
        party.ref = p.ref();
        party.agencyOrContractor = p.agencyOrContractor();
        return party;
    }
}
