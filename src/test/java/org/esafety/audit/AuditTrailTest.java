package org.esafety.audit;

import static io.restassured.RestAssured.given;
import static org.esafety.support.IncidentRequests.party;
import static org.esafety.support.Lifecycle.audit;
import static org.esafety.support.Lifecycle.closure;
import static org.esafety.support.Lifecycle.completeAllOpen;
import static org.esafety.support.Lifecycle.completion;
import static org.esafety.support.Lifecycle.done;
import static org.esafety.support.Lifecycle.incident;
import static org.esafety.support.Lifecycle.json;
import static org.esafety.support.Lifecycle.reassess;
import static org.esafety.support.Lifecycle.reassessment;
import static org.esafety.support.Lifecycle.report;
import static org.esafety.support.Views.liveId;
import static org.esafety.support.Views.withStatus;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.esafety.support.Cases;
import org.esafety.support.DefaultCredentials;
import org.esafety.support.MutableClock;

/**
 * GET /api/audit (api.md "Audit"): every change to an incident appends one entry to its hash chain, in
 * the order the changes happened, carrying ids, kinds and digests but no free text, references or URLs.
 * Verification, and what tampering does to it, is AuditTamperTest's, on a database of its own.
 */
@QuarkusTest
class AuditTrailTest {

    private static final String HEX64 = "[0-9a-f]{64}";

    private final MutableClock clock = MutableClock.at("2026-11-20T10:45:00Z");

    @BeforeEach
    void installClock() {
        QuarkusMock.installMockForType(clock, Clock.class);
    }

    @Test
    void shouldAppendAnEntryForEveryChangeOldestFirst() {
        JsonPath intake = report(Cases.cyberbullying());
        String id = intake.getString("id");
        clock.set("2026-11-20T11:00:00Z");
        done(liveId(intake, "REPORT_TO_DSL"), "teacher-8");
        clock.set("2026-11-23T09:00:00Z");
        reassess(id, json("circumstances", json("threatsOrHarassment", true), "reassessedBy", "dsl-4"));
        reassessment(id, json("circumstances", json("bullied", true))).statusCode(400);
        completion(liveId(intake, "LOG_INCIDENT"), json("outcome", "NOT_REQUIRED")).statusCode(400);
        closure(id, json("closedBy", "dsl-4")).statusCode(409);
        clock.set("2026-11-23T10:00:00Z");
        int open = withStatus(incident(id), "OPEN").size();
        completeAllOpen(id, "dsl-4");
        clock.set("2026-11-23T11:00:00Z");
        closure(id, json("closedBy", "head-1")).statusCode(200);

        List<Map<String, Object>> entries = audit(id);

        List<String> kinds = new ArrayList<>(List.of("INCIDENT_RECEIVED", "INCIDENT_EVALUATED", "ACTION_COMPLETED",
                "INCIDENT_REASSESSED", "INCIDENT_EVALUATED"));
        kinds.addAll(Collections.nCopies(open, "ACTION_COMPLETED"));
        kinds.add("INCIDENT_CLOSED");
        assertEquals(kinds, field(entries, "kind"), "one entry per change, none for refused ones");
        // The actor is the authenticated principal (here the test's one API key), never the free-text names
        // the requests carried (completedBy, reassessedBy, closedBy), which could name a member of staff.
        List<Object> actors = field(entries, "actor");
        assertEquals(1, new HashSet<>(actors).size(), "one principal made every change: " + actors);
        assertTrue(String.valueOf(actors.get(0)).matches("key:[0-9a-f-]{36}"), String.valueOf(actors.get(0)));
        List<String> times = new ArrayList<>(List.of("2026-11-20T10:45:00Z", "2026-11-20T10:45:00Z",
                "2026-11-20T11:00:00Z", "2026-11-23T09:00:00Z", "2026-11-23T09:00:00Z"));
        times.addAll(Collections.nCopies(open, "2026-11-23T10:00:00Z"));
        times.add("2026-11-23T11:00:00Z");
        assertEquals(times, field(entries, "at"));
        assertEquals(Collections.nCopies(entries.size(), id), field(entries, "incidentId"));
        given().header("Authorization", DefaultCredentials.as("auditor")).queryParam("incidentId", id).when().get("/api/audit").then().statusCode(200)
                .body("total", equalTo(entries.size()));
    }

    @Test
    void shouldLinkEachEntryToThePreviousOnesHash() {
        JsonPath intake = report(Cases.filterCircumvention("claines-primary"));
        String id = intake.getString("id");
        for (Map<String, Object> action : withStatus(intake, "OPEN").subList(0, 3)) {
            clock.advance(Duration.ofMinutes(5));
            done((String) action.get("id"), "dsl-1");
        }

        List<Map<String, Object>> entries = audit(id);

        assertEquals(5, entries.size());
        assertNull(entries.get(0).get("previousHash"), "the first entry of a chain links to nothing");
        for (int i = 1; i < entries.size(); i++) {
            assertEquals(entries.get(i - 1).get("hash"), entries.get(i).get("previousHash"), "entry " + i);
        }
        for (Map<String, Object> entry : entries) {
            assertTrue(((String) entry.get("hash")).matches(HEX64), "hash " + entry);
            assertTrue(((String) entry.get("digest")).matches(HEX64), "digest " + entry);
        }
        assertEquals(entries.size(), new HashSet<>(field(entries, "hash")).size(), "hashes differ");
        assertEquals(entries.size(), new HashSet<>(field(entries, "id")).size(), "ids differ");

        List<Object> paged = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            paged.addAll(given().header("Authorization", DefaultCredentials.as("auditor"))
                    .queryParam("incidentId", id).queryParam("size", 2).queryParam("page", page)
                    .when().get("/api/audit").then().statusCode(200)
                    .body("total", equalTo(5)).body("size", equalTo(2)).body("page", equalTo(page))
                    .extract().jsonPath().getList("items.id"));
        }
        assertEquals(field(entries, "id"), paged);
    }

    @Test
    void shouldListAnIncidentsEntriesInTheOrderTheyWereAppendedWhenClocksDisagree() {
        JsonPath intake = report(Cases.filterCircumvention("claines-primary"));
        String id = intake.getString("id");
        clock.set("2026-11-20T10:40:00Z");
        done(liveId(intake, "LOG_INCIDENT"), "dsl-1");

        List<Map<String, Object>> entries = audit(id);

        assertEquals(List.of("INCIDENT_RECEIVED", "INCIDENT_EVALUATED", "ACTION_COMPLETED"), field(entries, "kind"),
                "the completion came after the intake, though an instance five minutes behind stamped it earlier");
        assertEquals("2026-11-20T10:40:00Z", entries.get(2).get("at"));
        assertEquals(entries.get(1).get("hash"), entries.get(2).get("previousHash"));
    }

    @Test
    void shouldKeepFreeTextReferencesAndUrlsOutOfTheTrail() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> body = Cases.cyberbullying();
        body.put("summary", "summary-" + marker);
        body.put("url", "https://url-" + marker + ".example.org/post");
        body.put("reportedBy", json("role", "CLASS_TEACHER", "ref", "reporter-" + marker));
        body.put("parties", Cases.list(party("INSTIGATOR", "CHILD", 12, "instigator-" + marker),
                party("VICTIM", "CHILD", 12, "victim-" + marker)));
        JsonPath intake = report(body);
        String id = intake.getString("id");
        completion(liveId(intake, "INFORM_PARENTS"), json("outcome", "NOT_REQUIRED", "completedBy", "dsl-1",
                "note", "note-" + marker, "rationale", "rationale of " + marker, "externalReference", "ext-" + marker))
                .statusCode(200);
        reassess(id, json("parties", Cases.list(party("INSTIGATOR", "CHILD", 13, "new-" + marker))));

        String raw = given().header("Authorization", DefaultCredentials.as("auditor")).queryParam("incidentId", id).when().get("/api/audit").then().statusCode(200)
                .extract().asString();

        assertEquals(5, JsonPath.from(raw).getList("items").size(), "received, evaluated, completed, reassessed, evaluated");
        assertFalse(raw.contains(marker), "the trail quotes " + marker + ": " + raw);
        assertFalse(raw.contains((String) body.get("externalRef")), "the trail quotes the external reference");
    }

    @Test
    void shouldRecordTheRuleSetLoadedAtStartUpWithoutAnIncident() {
        List<Map<String, Object>> loads = ruleSetLoads();
        String version = given().header("Authorization", DefaultCredentials.as("auditor")).when().get("/api/rules").then().statusCode(200).extract().path("version");

        assertFalse(loads.isEmpty(), "no RULE_SET_LOADED entry");
        Map<String, Object> startUp = loads.stream().filter(e -> "system:start-up".equals(e.get("actor")))
                .findFirst().orElseThrow(() -> new AssertionError("no start-up load in " + loads));
        assertTrue(startUp.containsKey("incidentId"));
        assertNull(startUp.get("incidentId"));
        assertTrue(((String) startUp.get("digest")).matches(HEX64));
        assertTrue(version.startsWith("sha256:"));
        assertEquals(version, startUp.get("ruleSetVersion"), "the entry names the version it loaded");
    }

    @Test
    void shouldRecordEachReloadWithTheVersionItLoadedInTheVerifiedChain() {
        List<Object> before = field(ruleSetLoads(), "id");

        String version = given().header("Authorization", DefaultCredentials.as("admin")).when().post("/api/rules/reload").then().statusCode(200).extract().path("version");

        List<Map<String, Object>> added = ruleSetLoads().stream().filter(e -> !before.contains(e.get("id"))).toList();
        assertEquals(1, added.size(), "one entry per reload: " + added);
        Map<String, Object> reload = added.get(0);
        assertTrue(String.valueOf(reload.get("actor")).startsWith("key:"), "the admin who reloaded: " + reload);
        assertEquals(version, reload.get("ruleSetVersion"));
        assertNull(reload.get("incidentId"));
        given().header("Authorization", DefaultCredentials.as("auditor")).when().get("/api/audit/verification").then().statusCode(200).body("verified", equalTo(true));
    }

    @Test
    void shouldLeaveTheRuleSetVersionOfIncidentEntriesEmpty() {
        String id = report(Cases.cyberbullying()).getString("id");

        List<Map<String, Object>> entries = given().header("Authorization", DefaultCredentials.as("auditor")).queryParam("incidentId", id).when().get("/api/audit")
                .then().statusCode(200).extract().jsonPath().getList("items");

        assertEquals(2, entries.size());
        entries.forEach(e -> {
            assertTrue(e.containsKey("ruleSetVersion"));
            assertNull(e.get("ruleSetVersion"), "an incident entry records no rule-set version");
        });
    }

    /** Every RULE_SET_LOADED entry, oldest first. */
    private static List<Map<String, Object>> ruleSetLoads() {
        return entries(DefaultCredentials.as("auditor")).stream().filter(e -> "RULE_SET_LOADED".equals(e.get("kind"))).toList();
    }

    /** Every entry the caller may list, oldest first. */
    private static List<Map<String, Object>> entries(String authorization) {
        List<Map<String, Object>> all = new ArrayList<>();
        int total = Integer.MAX_VALUE;
        for (int page = 0; page * 100 < total; page++) {
            JsonPath body = given().header("Authorization", authorization).queryParam("size", 100).queryParam("page", page)
                    .when().get("/api/audit").then().statusCode(200).extract().jsonPath();
            total = body.getInt("total");
            all.addAll(body.getList("items"));
        }
        return all;
    }

    /** Issue 17, finding 10: users created, reset, disabled and API keys issued and revoked are in the admin chain. */
    @Test
    void shouldRecordAdministratorsChangesToUsersAndKeysInTheVerifiedAdminChain() {
        String admin = DefaultCredentials.as("admin");
        String username = "audited-" + UUID.randomUUID().toString().substring(0, 8);
        String password = "a long passphrase " + UUID.randomUUID();
        given().header("Authorization", admin).contentType("application/json")
                .body(json("username", username, "password", password, "role", "dsl", "schoolIds", List.of("claines-primary")))
                .when().post("/api/admin/users").then().statusCode(201);
        given().header("Authorization", admin).contentType("application/json")
                .body(json("password", "another passphrase " + UUID.randomUUID()))
                .when().patch("/api/admin/users/" + username).then().statusCode(200);
        given().header("Authorization", admin).when().delete("/api/admin/users/" + username).then().statusCode(200);
        String keyId = given().header("Authorization", admin).contentType("application/json")
                .body(json("name", "audited key", "role", "reporter", "schoolIds", List.of("claines-primary")))
                .when().post("/api/admin/api-keys").then().statusCode(201).extract().path("id");
        given().header("Authorization", admin).when().delete("/api/admin/api-keys/" + keyId).then().statusCode(200);
        String webhook = given().header("Authorization", admin).contentType("application/json")
                .body(json("url", "http://127.0.0.1:9/audited", "events", List.of("incident.closed")))
                .when().post("/api/admin/schools/claines-primary/webhooks").then().statusCode(201).extract().path("id");
        given().header("Authorization", admin).when().delete("/api/admin/schools/claines-primary/webhooks/" + webhook)
                .then().statusCode(200);

        List<Map<String, Object>> all = entries(DefaultCredentials.as("auditor"));
        List<Map<String, Object>> user = all.stream().filter(e -> ("user:" + username).equals(e.get("subject"))).toList();
        List<Map<String, Object>> key = all.stream().filter(e -> ("key:" + keyId).equals(e.get("subject"))).toList();

        assertEquals(List.of("USER_CREATED", "USER_PASSWORD_RESET", "USER_DISABLED"), field(user, "kind"));
        assertEquals(List.of("API_KEY_ISSUED", "API_KEY_REVOKED"), field(key, "kind"));
        List<Map<String, Object>> hook = all.stream().filter(e -> ("webhook:" + webhook).equals(e.get("subject"))).toList();
        assertEquals(List.of("WEBHOOK_REGISTERED", "WEBHOOK_DISABLED"), field(hook, "kind"), "who registered and disabled it");
        List<Map<String, Object>> admins = new ArrayList<>(user);
        admins.addAll(key);
        admins.addAll(hook);
        String actor = (String) admins.get(0).get("actor");
        assertTrue(actor.matches("key:[0-9a-f-]{36}"), "the admin who did it: " + actor);
        for (Map<String, Object> e : admins) {
            assertEquals(actor, e.get("actor"));
            assertNull(e.get("incidentId"));
            assertTrue(((String) e.get("macKeyId")).matches("[0-9a-f]{16}"), "keyed: " + e);
            assertTrue(((String) e.get("hash")).matches(HEX64));
        }
        for (int i = 1; i < user.size(); i++) {
            assertEquals(user.get(i - 1).get("hash"), user.get(i).get("previousHash"), "one chain");
        }
        String raw = all.toString();
        assertFalse(raw.contains(password), "no password in the trail");
        given().header("Authorization", DefaultCredentials.as("auditor")).when().get("/api/audit/verification").then()
                .statusCode(200).body("verified", equalTo(true)).body("global", equalTo(true));
    }

    /** Finding 10: an auditor bound to one school lists its schools' chains and the rule-set chain, not the admin chain. */
    @Test
    void shouldListForASchoolBoundAuditorOnlyItsSchoolsChainsAndTheRuleSetChain() {
        String mine = report(Cases.filterCircumvention("clifton-primary")).getString("id");
        String other = report(Cases.filterCircumvention("claines-primary")).getString("id");
        String clifton = org.esafety.support.TestCredentials.bearer(
                org.esafety.support.TestCredentials.apiKey("auditor", List.of("clifton-primary")));

        List<Map<String, Object>> seen = entries(clifton);

        assertTrue(seen.stream().anyMatch(e -> mine.equals(e.get("incidentId"))), "its school's incident");
        assertFalse(seen.stream().anyMatch(e -> other.equals(e.get("incidentId"))), "another school's incident");
        assertTrue(seen.stream().anyMatch(e -> "RULE_SET_LOADED".equals(e.get("kind"))), "the rule-set chain");
        assertFalse(seen.stream().anyMatch(e -> e.get("subject") != null), "no administrator's entry: " + seen.size());
        given().header("Authorization", clifton).when().get("/api/audit/verification").then().statusCode(200)
                .body("global", equalTo(false)).body("schools", equalTo(List.of("clifton-primary")));
    }

    @Test
    void shouldRefuseAnIncidentIdThatIsNotAUuid() {
        given().header("Authorization", DefaultCredentials.as("auditor")).queryParam("incidentId", "incident-1").when().get("/api/audit")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", equalTo(List.of("incidentId")));
    }

    private static List<Object> field(List<Map<String, Object>> entries, String name) {
        return entries.stream().map(e -> e.get(name)).toList();
    }
}
