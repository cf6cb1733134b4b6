package org.esafety.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Safe rule changes on two instances sharing one rules folder (issue 8 §4): a change is reloaded instance by
 * instance, each deciding with its own set until it reloads, and both end on the same version, which
 * GET /api/rules, readiness and the audit trail show; an incident keeps the version that decided it. A broken
 * file is refused with file and line while the set in force keeps serving, and stops an instance that starts
 * with it.
 */
final class RuleReloadChecks {

    private static final String BROKEN = """
            package org.esafety.policy;

            rule "A rule about a fact that does not exist"
            when
                NoSuchFact( severity > 3 )
            then
            end
            """;

    private final ServiceInstance a;
    private final ServiceInstance b;
    private final ItDatabase db;
    private final RulesFolder rules;

    RuleReloadChecks(ServiceInstance a, ServiceInstance b, ItDatabase db, RulesFolder rules) {
        this.a = a;
        this.b = b;
        this.db = db;
        this.rules = rules;
    }

    void run() throws Exception {
        ItClient adminA = ItClient.admin(a);
        ItClient adminB = ItClient.admin(b);
        ItClient auditorA = ItClient.key(a, "auditor");
        ItClient auditorB = auditorA.on(b);
        ItClient dslA = ItClient.dslKey(a);
        ItClient dslB = dslA.on(b);
        String v1 = rules.version();
        assertEquals(v1, auditorA.get("/api/rules").text("version"));
        assertEquals(v1, auditorB.get("/api/rules").text("version"));
        String earlier = report(dslA, "RULES-before").path("id").asText();

        rules.append("sharing-nudes.drl", "\n// Reviewed: no change of substance.\n");
        String v2 = rules.version();
        assertNotEquals(v1, v2);
        ItClient.Answer reloadA = adminA.post("/api/rules/reload", Map.of());
        assertEquals(200, reloadA.status(), reloadA.raw());
        assertEquals(v2, reloadA.text("version"));
        assertEquals(v2, auditorA.get("/api/rules").text("version"));
        assertEquals(v1, auditorB.get("/api/rules").text("version"), "B keeps its set until it reloads itself");
        assertEquals(v1, decidedBy(dslB, "RULES-during-b"), "B decides with the set it has");
        assertEquals(v2, decidedBy(dslA, "RULES-during-a"));
        ItClient.Answer reloadB = adminB.post("/api/rules/reload", Map.of());
        assertEquals(200, reloadB.status(), reloadB.raw());
        for (ItClient auditor : List.of(auditorA, auditorB)) {
            assertEquals(v2, auditor.get("/api/rules").text("version"));
            assertEquals(v2, readinessVersion(auditor));
        }
        assertEquals(v1, dslB.get("/api/incidents/" + earlier).body().path("assessment").path("ruleSetVersion")
                .asText(), "an incident keeps the version that decided it");
        assertEquals(v2, decidedBy(dslB, "RULES-after-b"));
        List<JsonNode> loads = ruleSetLoads(auditorA);
        assertEquals(2, loads.stream().filter(e -> v1.equals(e.path("ruleSetVersion").asText())).count(),
                "start-up loads of v1: " + loads);
        assertEquals(2, loads.stream().filter(e -> v2.equals(e.path("ruleSetVersion").asText())).count(),
                "reloads of v2, one per instance: " + loads);

        rules.write("zz-broken.drl", BROKEN);
        ItClient.Answer refused = adminA.post("/api/rules/reload", Map.of());
        assertEquals(422, refused.status(), refused.raw());
        assertEquals("urn:esafety:problem:rules-invalid", refused.text("type"));
        String location = refused.body().path("violations").get(0).path("field").asText();
        assertTrue(location.matches("zz-broken\\.drl:\\d+"), "file and line: " + refused.raw());
        assertEquals(v2, auditorA.get("/api/rules").text("version"));
        assertEquals(v2, decidedBy(dslA, "RULES-after-broken"));
        try (ServiceInstance c = ServiceInstance.start("two-c-broken", ServiceInstance.BASE_PORT + 2, db, rules.path())) {
            assertNotEquals(0, c.awaitExit(120), "an instance started with a broken rule file must stop");
            assertTrue(c.log().contains(location), "the start-up failure names " + location + ":\n" + c.logTail());
        } finally {
            rules.delete("zz-broken.drl");
        }
        assertEquals(200, ItClient.anonymous(a).get("/q/health/ready").status());
        assertEquals(200, ItClient.anonymous(b).get("/q/health/ready").status());

        Summary.report("rule-reload", "rules %s -> %s reloaded on A (B still deciding with %s) then on B: both "
                + "report %s in GET /api/rules and readiness, 2 RULE_SET_LOADED entries record it, the earlier "
                + "incident keeps %s; broken file: 422 at %s, the set in force kept serving; an instance started "
                + "with it stopped naming %s", brief(v1), brief(v2), brief(v1), brief(v2), brief(v1), location, location);
    }

    private static JsonNode report(ItClient client, String ref) throws IOException, InterruptedException {
        ItClient.Answer answer = client.post("/api/incidents", IntakeLoad.body(ref, 2));
        assertEquals(201, answer.status(), answer.raw());
        return answer.body();
    }

    /** Reports a new incident and answers the rule-set version that decided it. */
    private static String decidedBy(ItClient client, String ref) throws IOException, InterruptedException {
        return report(client, ref).path("assessment").path("ruleSetVersion").asText();
    }

    private static String readinessVersion(ItClient client) throws IOException, InterruptedException {
        for (JsonNode check : client.get("/q/health/ready").body().path("checks")) {
            if ("rule-set".equals(check.path("name").asText())) {
                return check.path("data").path("version").asText();
            }
        }
        return null;
    }

    /** Every RULE_SET_LOADED entry of the audit trail. */
    private static List<JsonNode> ruleSetLoads(ItClient auditor) throws IOException, InterruptedException {
        List<JsonNode> loads = new ArrayList<>();
        long total = Long.MAX_VALUE;
        for (int page = 0; page * 100L < total; page++) {
            JsonNode body = auditor.get("/api/audit?size=100&page="  + page).body();
            total = body.path("total").asLong();
            body.path("items").forEach(e -> {
                if ("RULE_SET_LOADED".equals(e.path("kind").asText())) {
                    loads.add(e);
                }
            });
        }
        return loads;
    }

    private static String brief(String version) {
        return version.substring(0, "sha256:".length() + 12);
    }
}
