package org.esafety.policy;

import java.util.List;


/** Everything about one incident that the rules see; stored with each evaluation as "the facts as evaluated". */
public record IncidentFacts(Case incident, Circumstances circumstances, List<Party> parties) {

    public IncidentFacts {
        circumstances = circumstances == null ? Circumstances.unknown() : circumstances;
        parties = List.copyOf(parties);
    }
}
