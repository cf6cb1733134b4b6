package org.esafety.incident;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.esafety.common.Json;
import org.esafety.policy.Circumstances;

/** Applies a reassessment's new facts to the stored incident, as decision-table §4 says. */
final class FactsUpdate {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private FactsUpdate() {
    }

    static void apply(Incident incident, Reassessment change, Instant now) {
        if (!change.circumstances().isEmpty()) {
            Map<String, Boolean> flags = MAPPER.convertValue(Json.read(incident.circumstances, Circumstances.class),
                    new TypeReference<Map<String, Boolean>>() { });
            flags.putAll(change.circumstances());
            incident.circumstances = Json.write(MAPPER.convertValue(flags, Circumstances.class));
        }
        if (change.parties() != null) {
            replaceParties(incident, change.parties(), now);
        }
        if (change.reportedLegalitySent()) {
            incident.reportedLegality = change.reportedLegality();
        }
        if (change.dslAssessmentSent()) {
            incident.dslAssessment = change.dslAssessment();
        }
        if (change.externalOutcomeSent()) {
            incident.externalOutcome = change.externalOutcome();
        }
    }

    /** The old parties are kept, marked as replaced; the new list becomes current. */
    private static void replaceParties(Incident incident, List<PartyRequest> parties, Instant now) {
        incident.parties.forEach(p -> p.replacedAt = now);
        List<IncidentParty> current = new ArrayList<>();
        for (int i = 0; i < parties.size(); i++) {
            IncidentParty party = IncidentParty.of(incident, i, parties.get(i));
            party.persist();
            current.add(party);
        }
        incident.parties.clear();
        incident.parties.addAll(current);
    }
}
