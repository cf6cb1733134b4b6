package org.esafety.incident;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;

import org.esafety.action.ActionStatus;
import org.esafety.action.RequiredAction;
import org.esafety.audit.IncidentState;
import org.esafety.audit.IncidentStates;
import org.esafety.common.Sha256;

/** The incidents and their actions as the audit trail records and verifies them (the audit package's port). */
@ApplicationScoped
public class AuditedIncidents implements IncidentStates {

    @Override
    public Optional<IncidentState> recordable(UUID incidentId) {
        Incident incident = Incident.findById(incidentId);
        if (incident == null) {
            return Optional.empty();
        }
        return Optional.of(recordable(incident, RequiredAction.forIncident(incidentId)));
    }

    /** The state {@link #recordable(UUID)} reads, of an incident and all its actions in hand (intake has just written them). */
    static IncidentState recordable(Incident incident, List<RequiredAction> actions) {
        IncidentStatus status = incident.status == IncidentStatus.CLOSED ? IncidentStatus.CLOSED
                : actions.stream().anyMatch(a -> a.status == ActionStatus.OPEN) ? IncidentStatus.OPEN
                : IncidentStatus.ACTIONS_COMPLETE;
        return state(status, incident, actions);
    }

    @Override
    public Optional<IncidentState> now(UUID incidentId) {
        Incident incident = Incident.findById(incidentId);
        return incident == null ? Optional.empty()
                : Optional.of(state(incident.status, incident, RequiredAction.forIncident(incidentId)));
    }

    @Override
    public List<Current> page(Set<String> schools, UUID after, int size) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (schools != null) {
            where.append(" and schoolId in :schools");
            parameters.and("schools", schools.isEmpty() ? Set.of("") : schools);
        }
        if (after != null) {
            where.append(" and id > :after");
            parameters.and("after", after);
        }
        List<Incident> incidents = Incident.<Incident>find(where + " order by id", parameters).page(0, size).list();
        if (incidents.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<RequiredAction>> actions = new LinkedHashMap<>();
        incidents.forEach(i -> actions.put(i.id, new ArrayList<>()));
        RequiredAction.<RequiredAction>list("incidentId in ?1", actions.keySet())
                .forEach(a -> actions.get(a.incidentId).add(a));
        return incidents.stream().map(i -> new Current(i.id, state(i.status, i, actions.get(i.id)))).toList();
    }

    private static IncidentState state(IncidentStatus status, Incident incident, List<RequiredAction> actions) {
        return new IncidentState(status.name(), incident.closedAt, actions.stream()
                .map(a -> new IncidentState.ActionState(a.id, a.status.name(), a.dueAt, a.completedAt, a.actedAt,
                        completion(a)))
                .toList());
    }

    /** A digest of what a completion records besides its times: outcome, who, on whose behalf, note, rationale, reference. */
    private static String completion(RequiredAction a) {
        if (a.completedAt == null) {
            return null;
        }
        return Sha256.hex(String.join("\n", String.valueOf(a.outcome), String.valueOf(a.completedByPrincipal),
                String.valueOf(a.completedByName), String.valueOf(a.completedBy), String.valueOf(a.note),
                String.valueOf(a.rationale), String.valueOf(a.externalReference)));
    }
}
