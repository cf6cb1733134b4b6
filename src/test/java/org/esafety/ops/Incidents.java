package org.esafety.ops;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/** What the packaged-instance tests compare about stored incidents. */
final class Incidents {

    private Incidents() {
    }

    /** An incident view's actions as "id code responsible dueAt status", in order: equal views have equal lists. */
    static List<String> actions(JsonNode view) {
        List<String> actions = new ArrayList<>();
        view.path("actions").forEach(a -> actions.add(String.join(" ", a.path("id").asText(), a.path("code").asText(),
                a.path("responsible").asText(), a.path("dueAt").asText(), a.path("status").asText())));
        return actions;
    }

    /** The action codes of a view, in order. */
    static List<String> codes(JsonNode view) {
        List<String> codes = new ArrayList<>();
        view.path("actions").forEach(a -> codes.add(a.path("code").asText()));
        return codes;
    }

    /**
     * Incidents stored without all of what intake writes in the same transaction: an evaluation, at least one
     * action, exactly as many actions as the evaluation added, and the two audit entries of intake. Each line
     * names the incident and what it lacks; empty when every incident is whole.
     */
    static List<String> incomplete(ItDatabase db) throws SQLException {
        return db.strings("""
                SELECT i.id || ': evaluations=' || (SELECT count(*) FROM evaluation e WHERE e.incident_id = i.id)
                    || ' actions=' || (SELECT count(*) FROM required_action a WHERE a.incident_id = i.id)
                    || ' added=' || coalesce((SELECT max(e.actions_added) FROM evaluation e WHERE e.incident_id = i.id), '-')
                    || ' audit=' || (SELECT count(*) FROM audit_entry x WHERE x.incident_id = i.id)
                FROM incident i
                WHERE (SELECT count(*) FROM evaluation e WHERE e.incident_id = i.id) <> 1
                   OR NOT EXISTS (SELECT 1 FROM required_action a WHERE a.incident_id = i.id)
                   OR (SELECT count(*) FROM required_action a WHERE a.incident_id = i.id)
                      <> (SELECT json_array_length(e.actions_added::json) FROM evaluation e WHERE e.incident_id = i.id LIMIT 1)
                   OR (SELECT count(*) FROM audit_entry x WHERE x.incident_id = i.id
                       AND x.kind IN ('INCIDENT_RECEIVED', 'INCIDENT_EVALUATED')) <> 2
                """);
    }
}
