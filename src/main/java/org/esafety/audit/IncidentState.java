package org.esafety.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * What staff see of an incident, as the trail records it after each change and the verifier compares it with the
 * database: the incident's status and closure time, and each action's status, deadline, completion times and a
 * digest of the rest of its completion (who, on whose behalf, the note, rationale and reference). Codes, times and
 * digests only: no personal data.
 */
public record IncidentState(String status, Instant closedAt, List<ActionState> actions) {

    public IncidentState {
        closedAt = micros(closedAt);
        actions = actions.stream().sorted(Comparator.comparing(a -> a.id().toString())).toList();
    }

    /** One action: status, deadline (dueAt), when it was recorded and really done, and the completion's digest. */
    public record ActionState(UUID id, String status, Instant dueAt, Instant completedAt, Instant actedAt,
                              String completion) {
        public ActionState {
            dueAt = micros(dueAt);
            completedAt = micros(completedAt);
            actedAt = micros(actedAt);
        }
    }

    /** One way in which the incident now differs from its last audited state. */
    public record Difference(UUID actionId, String field, String recorded, String current) {
    }

    /** How {@code now} differs from this recorded state; the completion's digest is named, never shown. */
    public List<Difference> differences(IncidentState now) {
        List<Difference> out = new ArrayList<>();
        compare(null, "status", status, now.status, out);
        compare(null, "closedAt", closedAt, now.closedAt, out);
        Map<UUID, ActionState> current = new LinkedHashMap<>();
        now.actions.forEach(a -> current.put(a.id(), a));
        for (ActionState was : actions) {
            ActionState is = current.remove(was.id());
            if (is == null) {
                out.add(new Difference(was.id(), "action", "present", "missing"));
                continue;
            }
            compare(was.id(), "status", was.status(), is.status(), out);
            compare(was.id(), "dueAt", was.dueAt(), is.dueAt(), out);
            compare(was.id(), "completedAt", was.completedAt(), is.completedAt(), out);
            compare(was.id(), "actedAt", was.actedAt(), is.actedAt(), out);
            if (!Objects.equals(was.completion(), is.completion())) {
                out.add(new Difference(was.id(), "completion", "(digest)", "(another digest)"));
            }
        }
        current.keySet().forEach(id -> out.add(new Difference(id, "action", "missing", "present")));
        return out;
    }

    private static void compare(UUID actionId, String field, Object recorded, Object current, List<Difference> out) {
        if (!Objects.equals(recorded, current)) {
            out.add(new Difference(actionId, field, recorded == null ? null : recorded.toString(),
                    current == null ? null : current.toString()));
        }
    }

    private static Instant micros(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS);
    }
}
