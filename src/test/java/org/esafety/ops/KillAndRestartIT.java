package org.esafety.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * Nothing acknowledged is lost (issue 8 §5): concurrent intake against a packaged instance on PostgreSQL, SIGKILL
 * to the java process mid-way, a restart on the same database, and then every incident that got a 201 is there
 * with all its actions and its evaluation record, and no incident exists without them. Requests that were in
 * flight at the kill got no answer: a client retries them, and each then exists exactly once.
 */
class KillAndRestartIT {

    private static final Path RULES = Path.of(System.getProperty("esafety.it.rules", "rules"));
    private static final int CLIENTS = 8;

    @Test
    void shouldKeepEveryAcknowledgedIncidentWholeThroughSigkill() throws Exception {
        try (ItDatabase db = ItDatabase.fresh("kill")) {
            List<IntakeLoad.Sent> sent;
            ItClient client;
            ItClient auditor;
            try (ServiceInstance first = ServiceInstance.start("kill-1", ServiceInstance.BASE_PORT + 10, db, RULES)
                    .awaitReady()) {
                client = ItClient.dslKey(first);
                auditor = ItClient.key(first, "auditor");
                IntakeLoad load = new IntakeLoad(client, "KILL", CLIENTS).start();
                load.awaitCreated(150);
                first.kill();
                sent = load.awaitEnd();
            }
            List<IntakeLoad.Sent> acknowledged = sent.stream().filter(s -> s.status() == 201).toList();
            List<IntakeLoad.Sent> unanswered = sent.stream().filter(s -> s.status() == -1).toList();
            assertEquals(sent.size(), acknowledged.size() + unanswered.size(),
                    "every request got 201 or, at the kill, no answer: " + sent.stream().filter(
                            s -> s.status() != 201 && s.status() != -1).toList());
            assertTrue(acknowledged.size() >= 150, "acknowledged before the kill: " + acknowledged.size());
            assertTrue(!unanswered.isEmpty(), "no request was in flight at the kill");
            long storedAtKill = db.number("SELECT count(*) FROM incident");
            assertEquals(List.of(), Incidents.incomplete(db), "incidents stored without all their rows");

            try (ServiceInstance second = ServiceInstance.start("kill-2", ServiceInstance.BASE_PORT + 11, db, RULES)
                    .awaitReady()) {
                ItClient reader = client.on(second);
                for (IntakeLoad.Sent s : acknowledged) {
                    String id = s.answer().path("id").asText();
                    ItClient.Answer stored = reader.get("/api/incidents/" + id);
                    assertEquals(200, stored.status(), "incident " + id + " acknowledged with 201 is gone");
                    assertEquals(Incidents.actions(s.answer()), Incidents.actions(stored.body()), "actions of " + id);
                    assertEquals(s.answer().path("assessment").path("ruleSetVersion"),
                            stored.body().path("assessment").path("ruleSetVersion"));
                    JsonNode evaluations = reader.get("/api/incidents/" + id + "/evaluations").body();
                    assertEquals(1, evaluations.size(), "evaluations of " + id);
                    assertEquals("INTAKE", evaluations.get(0).path("trigger").asText());
                    assertEquals(Incidents.codes(s.answer()).stream().sorted().toList(),
                            ItClient.JSON.convertValue(evaluations.get(0).path("actionsAdded"), List.class).stream()
                                    .sorted().toList(), "actions the evaluation of " + id + " added");
                }
                int committed = 0;
                for (IntakeLoad.Sent s : unanswered) {
                    ItClient.Answer retry = reader.post("/api/incidents", s.body());
                    assertTrue(retry.status() == 200 || retry.status() == 201, "retry of " + s.externalRef() + ": "
                            + retry.status() + " " + retry.raw());
                    committed += retry.status() == 200 ? 1 : 0;
                }
                assertEquals(storedAtKill, acknowledged.size() + committed,
                        "incidents stored at the kill = acknowledged + unanswered ones found on retry");
                assertEquals(acknowledged.size() + unanswered.size(), db.number("SELECT count(*) FROM incident"));
                assertEquals(List.of(), Incidents.incomplete(db), "incidents stored without all their rows");
                JsonNode verification = auditor.on(second).get("/api/audit/verification").body();
                assertTrue(verification.path("verified").asBoolean(), "audit trail: " + verification);

                Summary.report("kill", "%d clients; %d incidents acknowledged (201) before SIGKILL, all present after "
                        + "restart with their actions and evaluation; %d requests in flight got no answer, of which %d "
                        + "had committed (200 on retry) and %d had not (201 on retry); 0 incidents without actions, "
                        + "evaluation or intake audit entries; audit trail verified (%d entries)",
                        CLIENTS, acknowledged.size(), unanswered.size(), committed, unanswered.size() - committed,
                        verification.path("entries").asLong());
            }
        }
    }
}
