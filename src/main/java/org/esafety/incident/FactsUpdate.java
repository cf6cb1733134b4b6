package org.esafety.incident;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Applies a reassessment's new facts to the stored incident, as decision-table §4 says. */
final class FactsUpdate {

    private FactsUpdate() {
    }

    static void apply(Incident incident, Reassessment change, Instant now) {
        if (!change.circumstances().isEmpty()) {
            incident.circumstances = incident.circumstances.with(change.circumstances());
        }
        if (change.category() != null) {
            incident.category = change.category();
        }
        if (change.parties() != null) {
            replaceParties(incident, change.parties(), now);
        }
        if (change.reportedLegality() != null) {
            incident.reportedLegality = change.reportedLegality().value();
        }
        if (change.dslAssessment() != null) {
            incident.dslAssessment = change.dslAssessment().value();
        }
        if (change.externalOutcome() != null) {
            incident.externalOutcome = change.externalOutcome().value();
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
