package org.esafety.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** The length and last hash of one audit chain, updated with every append. */
@Entity
public class AuditChainHead extends PanacheEntityBase {

    @Id
    public String chain;
    public long seq;
    public String hash;
}
