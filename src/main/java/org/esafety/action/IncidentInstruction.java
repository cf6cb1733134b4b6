package org.esafety.action;

import java.util.List;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.esafety.common.StringListConverter;

/** An instruction an evaluation gave; an incident shows those of its latest evaluation. */
@Entity
public class IncidentInstruction extends PanacheEntityBase {

    @Id
    public UUID id;
    public UUID incidentId;
    public UUID evaluationId;
    public String code;
    @Convert(converter = StringListConverter.class)
    public List<String> rules;
    @Convert(converter = StringListConverter.class)
    public List<String> sources;

    public static List<IncidentInstruction> forEvaluation(UUID evaluationId) {
        return list("evaluationId", evaluationId);
    }
}
