package org.esafety.incident;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.esafety.common.InvalidRequestException;
import org.esafety.common.JsonPaths;
import org.esafety.common.Violation;
import org.esafety.policy.Category;
import org.esafety.policy.Circumstances;
import org.esafety.policy.DslAssessment;
import org.esafety.policy.ExternalOutcome;
import org.esafety.policy.ReportedLegality;

/** Reads a reassessment body strictly, telling "absent" from "null", with violations named by path. */
@ApplicationScoped
public class ReassessmentParser {

    private static final Set<String> FIELDS = Set.of("circumstances", "parties", "category", "reportedLegality",
            "dslAssessment", "externalOutcome", "reassessedBy", "reason");
    private static final Set<String> FLAGS = Set.copyOf(Circumstances.FLAGS);

    /** The parties, validated as at intake. */
    record Parties(@NotEmpty(message = "at least one party is required") @Size(max = 50, message = "at most 50 parties")
                   List<@NotNull(message = "a party may not be null") @Valid PartyRequest> parties) {
    }

    private final ObjectMapper mapper;
    private final Validator validator;

    public ReassessmentParser(ObjectMapper mapper, Validator validator) {
        this.mapper = mapper;
        this.validator = validator;
    }

    public Reassessment parse(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new InvalidRequestException("", "the body must be a JSON object");
        }
        ObjectNode o = (ObjectNode) body;
        List<Violation> violations = new ArrayList<>();
        for (Iterator<String> it = o.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!FIELDS.contains(name)) {
                violations.add(new Violation(name, "unknown field"));
            }
        }
        Map<String, Boolean> circumstances = circumstances(o.get("circumstances"), violations);
        List<PartyRequest> parties = o.has("parties") ? parties(o.get("parties"), violations) : null;
        ReportedLegality reported = value(o, "reportedLegality", ReportedLegality.class, violations);
        DslAssessment dsl = value(o, "dslAssessment", DslAssessment.class, violations);
        ExternalOutcome outcome = value(o, "externalOutcome", ExternalOutcome.class, violations);
        Category category = value(o, "category", Category.class, violations);
        String by = value(o, "reassessedBy", String.class, violations);
        String reason = value(o, "reason", String.class, violations);
        Reassessment change = new Reassessment(circumstances, parties, category,
                change(o, "reportedLegality", reported), change(o, "dslAssessment", dsl),
                change(o, "externalOutcome", outcome), by, reason);
        for (Violation v : change.violations()) {
            // "Nothing to reassess" only when nothing else is wrong: a refused field may be why nothing is left.
            if (!v.field().isEmpty() || violations.isEmpty()) {
                violations.add(v);
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        return change;
    }

    /** Sent (even as null): a change; absent: none. */
    private static <T> Reassessment.Change<T> change(ObjectNode o, String field, T value) {
        return o.has(field) ? new Reassessment.Change<>(value) : null;
    }

    private static Map<String, Boolean> circumstances(JsonNode node, List<Violation> violations) {
        Map<String, Boolean> flags = new HashMap<>();
        if (node == null || node.isNull()) {
            return flags;
        }
        if (!node.isObject()) {
            violations.add(new Violation("circumstances", "an object of flags"));
            return flags;
        }
        node.fields().forEachRemaining(e -> {
            String path = "circumstances." + e.getKey();
            if (!FLAGS.contains(e.getKey())) {
                violations.add(new Violation(path, "unknown field"));
            } else if (e.getValue().isNull()) {
                flags.put(e.getKey(), null);
            } else if (e.getValue().isBoolean()) {
                flags.put(e.getKey(), e.getValue().booleanValue());
            } else {
                violations.add(new Violation(path, "true, false or null"));
            }
        });
        return flags;
    }

    private List<PartyRequest> parties(JsonNode node, List<Violation> violations) {
        try {
            Parties parties = mapper.treeToValue(mapper.createObjectNode().set("parties", node), Parties.class);
            validator.validate(parties).forEach(v -> violations.add(new Violation(IncidentValidator.field(v.getPropertyPath()),
                    v.getMessage())));
            IncidentValidator.checkStaffRoles(parties.parties(), violations);
            return parties.parties();
        } catch (JsonMappingException e) {
            violations.add(new Violation(JsonPaths.of(e.getPath()), "wrong type, format or unknown field"));
        } catch (JsonProcessingException e) {
            violations.add(new Violation("parties", "wrong type or format"));
        }
        return null;
    }

    private <T> T value(ObjectNode o, String field, Class<T> type, List<Violation> violations) {
        JsonNode node = o.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            violations.add(new Violation(field, "a string"));
            return null;
        }
        try {
            return mapper.treeToValue(node, type);
        } catch (JsonProcessingException e) {
            violations.add(new Violation(field, "unknown value"));
            return null;
        }
    }
}
