package org.esafety.event;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.esafety.action.RequiredAction;
import org.esafety.incident.Incident;

/**
 * What an event's {@code data} carries: ids, the incident's reference, codes, legality, statuses, deadlines and links.
 * Never the summary, a name, a party's reference, the incident's URL, its external reference or a completion's text.
 */
@ApplicationScoped
class EventData {

    private final EventLinks links;

    EventData(EventLinks links) {
        this.links = links;
    }

    /** The incident as it stands, with its actions (every one, superseded ones included) when {@code withActions}. */
    Map<String, Object> incident(Incident i, boolean withActions) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("incidentId", i.id);
        data.put("schoolId", i.schoolId);
        data.put("reference", i.reference);
        data.put("category", i.category);
        data.put("legality", i.legality);
        data.put("status", i.status);
        data.put("reportedAt", i.reportedAt);
        data.put("ruleSetVersion", i.ruleSetVersion);
        if (withActions) {
            data.put("actions", RequiredAction.forIncident(i.id).stream()
                    .sorted(Comparator.comparing((RequiredAction a) -> a.dueAt).thenComparing(a -> a.code))
                    .map(EventData::actionSummary).toList());
        }
        data.put("links", links(i));
        return data;
    }

    /** One action and its incident's reference, status and links. */
    Map<String, Object> action(RequiredAction a, Incident i) {
        Map<String, Object> data = actionSummary(a);
        data.put("incidentId", i.id);
        data.put("schoolId", i.schoolId);
        data.put("reference", i.reference);
        data.put("incidentStatus", i.status);
        data.put("legality", i.legality);
        data.put("links", links(i));
        return data;
    }

    private static Map<String, Object> actionSummary(RequiredAction a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("actionId", a.id);
        m.put("code", a.code);
        m.put("responsible", a.responsible);
        m.put("deadline", a.deadlineKind);
        m.put("dueAt", a.dueAt);
        m.put("status", a.status);
        m.put("completedAt", a.completedAt);
        m.put("actedAt", a.actedAt);
        return m;
    }

    private Map<String, Object> links(Incident i) {
        return Map.of("incident", links.incidentApi(i.id), "page", links.incidentPage(i.id));
    }

    static List<String> codes(List<String> codes) {
        return codes == null ? List.of() : codes;
    }
}
