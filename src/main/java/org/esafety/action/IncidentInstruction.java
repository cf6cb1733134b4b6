package org.esafety.action;

import java.util.List;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import org.esafety.common.StringListConverter;
import org.esafety.rules.RuleRef;

/** An instruction an evaluation gave; an incident shows those of its latest evaluation. Written by {@link ActionLedger}. */
@Entity
public class IncidentInstruction extends PanacheEntityBase {

    @Id
    public UUID id;
    public UUID incidentId;
    public UUID evaluationId;
    public String code;
    /** Each rule that gave it, with the policy clause it cites. */
    @Convert(converter = ProvenanceConverter.class)
    public List<RuleRef> provenance;
    /** Rows written before provenance was kept as pairs (V8). */
    @Convert(converter = StringListConverter.class)
    @Column(name = "rules", insertable = false, updatable = false)
    public List<String> legacyRules;
    @Convert(converter = StringListConverter.class)
    @Column(name = "sources", insertable = false, updatable = false)
    public List<String> legacySources;

    public List<String> ruleNames() {
        return provenance != null ? Provenance.names(provenance) : legacyRules == null ? List.of() : legacyRules;
    }

    public List<String> ruleSources() {
        return provenance != null ? Provenance.sources(provenance) : legacySources == null ? List.of() : legacySources;
    }

    static List<IncidentInstruction> forEvaluations(java.util.Collection<UUID> evaluationIds) {
        return evaluationIds.isEmpty() ? List.of() : list("evaluationId in ?1", evaluationIds);
    }
}
