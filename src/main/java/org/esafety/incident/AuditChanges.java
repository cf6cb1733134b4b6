package org.esafety.incident;

import java.util.List;
import java.util.Map;

import org.esafety.action.RequiredAction;
import org.esafety.common.Sha256;

/** The documents whose digests the audit trail records: ids, codes and states, never free text. */
final class AuditChanges {

    private AuditChanges() {
    }

    static Map<String, Object> evaluation(Evaluation e, List<RequiredAction> actions) {
        return Map.of(
                "evaluationId", e.id.toString(),
                "ruleSetVersion", e.ruleSetVersion,
                "legality", e.legality.name(),
                "factsHash", Sha256.hex(e.facts),
                "actions", actions.stream().map(a -> a.id + ":" + a.code + ":" + a.status + ":" + a.dueAt).toList(),
                "superseded", e.actionsSuperseded);
    }
}
