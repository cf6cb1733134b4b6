package org.esafety.incident;

import java.util.List;

import org.esafety.policy.Case;
import org.esafety.policy.IncidentFacts;
import org.esafety.policy.Party;
import org.esafety.policy.Circumstances;

/** Builds what the rules see from a request or a stored incident: categories, kinds, roles, ages and flags only. */
public final class FactsMapper {

    private FactsMapper() {
    }

    public static IncidentFacts fromRequest(IncidentRequest r) {
        return new IncidentFacts(
                new Case(r.category(), r.reportedLegality(), r.dslAssessment(), r.externalOutcome(), r.url() != null),
                r.circumstances(),
                r.parties().stream().map(p -> new Party(p.role(), p.kind(), p.staffRole(), p.age())).toList());
    }

    public static IncidentFacts fromIncident(Incident i, Circumstances circumstances, List<IncidentParty> parties) {
        return new IncidentFacts(
                new Case(i.category, i.reportedLegality, i.dslAssessment, i.externalOutcome, i.url != null),
                circumstances,
                parties.stream().map(p -> new Party(p.role, p.kind, p.staffRole, p.age)).toList());
    }
}
