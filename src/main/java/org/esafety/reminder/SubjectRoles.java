package org.esafety.reminder;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.esafety.policy.Responsible;
import org.esafety.common.Json;
import org.esafety.policy.Circumstances;
import org.esafety.incident.FactsMapper;
import org.esafety.incident.Incident;
import org.esafety.rules.RuleOutcome.Reassignment;
import org.esafety.rules.RuleSetHolder;
import org.esafety.school.School;

/**
 * The roles held by an incident's subject, which no notice of that incident may go to (decision-table §3.5).
 * The rules say it, not Java: they are run over the incident's current facts and every role their
 * substitutions move actions away from (Substitution facts, e.g. HEADTEACHER to CHAIR_OF_GOVERNORS when
 * the headteacher is an instigator) is excluded.
 */
@ApplicationScoped
public class SubjectRoles {

    private final RuleSetHolder rules;

    public SubjectRoles(RuleSetHolder rules) {
        this.rules = rules;
    }

    /** Needs a transaction: reads the incident and its current parties. */
    public Set<Responsible> of(UUID incidentId, School school) {
        Incident incident = Incident.findById(incidentId);
        var facts = FactsMapper.fromIncident(incident, Json.read(incident.circumstances, Circumstances.class),
                incident.parties);
        Set<Responsible> excluded = EnumSet.noneOf(Responsible.class);
        rules.evaluate(facts, school.policy()).substitutions().stream().map(Reassignment::from).forEach(excluded::add);
        return excluded;
    }
}
