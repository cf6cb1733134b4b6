package org.esafety.incident;

import org.esafety.policy.Case;
import org.esafety.policy.IncidentFacts;
import org.esafety.policy.Party;

/** Builds what the rules see from a request or a stored incident: categories, kinds, roles, ages and flags only. */
public final class FactsMapper {

    private FactsMapper() {
    }

    public static IncidentFacts fromRequest(IncidentRequest r) {
        return new IncidentFacts(
                new Case(r.category(), r.reportedLegality(), r.dslAssessment(), r.externalOutcome(), r.url() != null),
                r.circumstances(),
                r.parties().stream().map(p -> new Party(p.role(), p.kind(), p.staffRole(), p.age(), p.agencyOrContractor())).toList());
    }

    /** The facts of a stored incident as they now stand: its current parties and circumstances. */
    public static IncidentFacts fromIncident(Incident i) {
        return new IncidentFacts(
                new Case(i.category, i.reportedLegality, i.dslAssessment, i.externalOutcome, i.url != null),
                i.circumstances,
                i.parties.stream().map(p -> new Party(p.role, p.kind, p.staffRole, p.age, p.agencyOrContractor)).toList());
    }
}
