package org.esafety.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;

/**
 * Several instances, one database (issue 8 §3, §4): two packaged instances on different ports share one
 * PostgreSQL and one rules folder. The same incidents sent to both at once are stored once per key and both
 * answer with the same incident; a rule change is reloaded instance by instance and both end on the same
 * version, recorded in the audit trail; a broken file is refused with file and line while the old set keeps
 * serving, and stops an instance that starts with it.
 */
class TwoInstancesIT {

    private static final Path RULES = Path.of(System.getProperty("esafety.it.rules", "rules"));
    private static final int KEYS = 40;
    /** Copies of each incident sent to each instance, all released at once. */
    private static final int COPIES = 2;

    @Test
    void shouldStoreOneIncidentPerKeyAndReloadRulesOnEachInstance() throws Exception {
        Path rules = copyOf(RULES);
        try (ItDatabase db = ItDatabase.fresh("two");
             ServiceInstance a = ServiceInstance.start("two-a", ServiceInstance.BASE_PORT, db, rules);
             ServiceInstance b = ServiceInstance.start("two-b", ServiceInstance.BASE_PORT + 1, db, rules)) {
            a.awaitReady();
            b.awaitReady();
            ItClient dslA = ItClient.dslKey(a);
            ItClient dslB = dslA.on(b);

            // The same incidents to both instances at once.
            List<List<ItClient.Answer>> answers = sendToBoth(dslA, dslB);
            for (List<ItClient.Answer> copies : answers) {
                assertEquals(List.of(200, 200, 200, 201),
                        copies.stream().map(ItClient.Answer::status).sorted().toList(), "exactly one copy creates");
                JsonNode first = copies.get(0).body();
                for (ItClient.Answer copy : copies) {
                    assertEquals(first.path("id"), copy.body().path("id"), "the same incident from both instances");
                    assertEquals(Incidents.actions(first), Incidents.actions(copy.body()), "the same actions");
                }
            }
            long stored = db.number("SELECT count(*) FROM incident");
            assertEquals(KEYS, stored);
            assertEquals(KEYS, db.number("SELECT count(DISTINCT (school_id, source, external_ref)) FROM incident"));
            assertEquals(List.of(), Incidents.incomplete(db));
            String someId = answers.get(0).get(0).body().path("id").asText();
            assertEquals(Incidents.actions(dslA.get("/api/incidents/" + someId).body()),
                    Incidents.actions(dslB.get("/api/incidents/" + someId).body()));
            assertEquals(ids(dslA.get("/api/incidents?schoolId=claines-primary&size=100").body()),
                    ids(dslB.get("/api/incidents?schoolId=claines-primary&size=100").body()));

            // Rolling rule change: one folder, each instance reloads itself.
            ItClient adminA = ItClient.admin(a);
            ItClient adminB = ItClient.admin(b);
            String v1 = version(rules);
            assertEquals(v1, adminA.get("/api/rules").text("version"));
            assertEquals(v1, adminB.get("/api/rules").text("version"));
            Files.writeString(rules.resolve("sharing-nudes.drl"), "\n// Reviewed: no change of substance.\n",
                    StandardOpenOption.APPEND);
            String v2 = version(rules);
            assertNotEquals(v1, v2);

            ItClient.Answer reloadA = adminA.post("/api/rules/reload", Map.of());
            assertEquals(200, reloadA.status(), reloadA.raw());
            assertEquals(v2, reloadA.text("version"));
            assertEquals(v2, adminA.get("/api/rules").text("version"));
            assertEquals(v1, adminB.get("/api/rules").text("version"), "B keeps its set until it reloads itself");
            assertEquals(v1, decidedBy(dslB, "TWO-during-b"), "B decides with the set it has");
            assertEquals(v2, decidedBy(dslA, "TWO-during-a"));
            ItClient.Answer reloadB = adminB.post("/api/rules/reload", Map.of());
            assertEquals(200, reloadB.status(), reloadB.raw());
            for (ItClient admin : List.of(adminA, adminB)) {
                assertEquals(v2, admin.get("/api/rules").text("version"));
                assertEquals(v2, readinessVersion(admin));
            }
            assertEquals(v1, dslB.get("/api/incidents/" + someId).body().path("assessment").path("ruleSetVersion")
                    .asText(), "an incident keeps the version that decided it");
            assertEquals(v2, decidedBy(dslB, "TWO-after-b"));
            List<JsonNode> loads = ruleSetLoads(adminA);
            assertEquals(2, loads.stream().filter(e -> v1.equals(e.path("ruleSetVersion").asText())).count(),
                    "start-up loads of v1: " + loads);
            assertEquals(2, loads.stream().filter(e -> v2.equals(e.path("ruleSetVersion").asText())).count(),
                    "reloads of v2, one per instance: " + loads);

            // A broken file: 422 with file and line, the set in force keeps serving.
            Files.writeString(rules.resolve("zz-broken.drl"), """
                    package org.esafety.policy;

                    rule "A rule about a fact that does not exist"
                    when
                        NoSuchFact( severity > 3 )
                    then
                    end
                    """, StandardCharsets.UTF_8);
            ItClient.Answer refused = adminA.post("/api/rules/reload", Map.of());
            assertEquals(422, refused.status(), refused.raw());
            assertEquals("urn:esafety:problem:rules-invalid", refused.text("type"));
            String location = refused.body().path("violations").get(0).path("field").asText();
            assertTrue(location.matches("zz-broken\\.drl:\\d+"), "file and line: " + refused.raw());
            assertEquals(v2, adminA.get("/api/rules").text("version"));
            assertEquals(v2, decidedBy(dslA, "TWO-after-broken"));

            // At start-up the same file stops a new instance, naming file and line; the running ones keep serving.
            try (ServiceInstance c = ServiceInstance.start("two-c-broken", ServiceInstance.BASE_PORT + 2, db, rules)) {
                int exit = c.awaitExit(120);
                assertNotEquals(0, exit, "an instance started with a broken rule file must stop");
                assertTrue(c.log().contains(location), "the start-up failure names " + location + ":\n" + c.logTail());
            }
            assertEquals(200, ItClient.anonymous(a).get("/q/health/ready").status());
            assertEquals(200, ItClient.anonymous(b).get("/q/health/ready").status());

            Summary.report("two-instances", "%d keys x %d copies to each of 2 instances at once: %d incidents stored, "
                    + "one 201 and %d x 200 per key with the same id and actions from both; rules %s -> %s reloaded "
                    + "on A then B, both report %s (GET /api/rules, readiness), 2 RULE_SET_LOADED entries record it; "
                    + "broken file: 422 at %s, set in force kept; start-up with it stopped the instance",
                    KEYS, COPIES, stored, 2 * COPIES - 1,
                    shortVersion(v1), shortVersion(v2), shortVersion(v2), location);
        } finally {
            deleteTree(rules);
        }
    }

    /** Every key sent COPIES times to each instance, all copies released together; the answers per key. */
    private static List<List<ItClient.Answer>> sendToBoth(ItClient a, ItClient b) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<List<Future<ItClient.Answer>>> futures = new ArrayList<>();
            for (int k = 0; k < KEYS; k++) {
                Map<String, Object> body = IntakeLoad.body("TWO-" + k, k);
                List<Future<ItClient.Answer>> copies = new ArrayList<>();
                for (int c = 0; c < COPIES; c++) {
                    for (ItClient client : List.of(a, b)) {
                        Callable<ItClient.Answer> send = () -> {
                            go.await();
                            return client.post("/api/incidents", body);
                        };
                        copies.add(pool.submit(send));
                    }
                }
                futures.add(copies);
            }
            go.countDown();
            List<List<ItClient.Answer>> answers = new ArrayList<>();
            for (List<Future<ItClient.Answer>> copies : futures) {
                List<ItClient.Answer> list = new ArrayList<>();
                for (Future<ItClient.Answer> f : copies) {
                    list.add(f.get());
                }
                answers.add(list);
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Reports a new incident and answers the rule-set version that decided it. */
    private static String decidedBy(ItClient client, String ref) throws IOException, InterruptedException {
        ItClient.Answer answer = client.post("/api/incidents", IntakeLoad.body(ref, 2));
        assertEquals(201, answer.status(), answer.raw());
        return answer.body().path("assessment").path("ruleSetVersion").asText();
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
    private static List<JsonNode> ruleSetLoads(ItClient admin) throws IOException, InterruptedException {
        List<JsonNode> loads = new ArrayList<>();
        long total = Long.MAX_VALUE;
        for (int page = 0; page * 100L < total; page++) {
            JsonNode body = admin.get("/api/audit?size=100&page=" + page).body();
            total = body.path("total").asLong();
            body.path("items").forEach(e -> {
                if ("RULE_SET_LOADED".equals(e.path("kind").asText())) {
                    loads.add(e);
                }
            });
        }
        return loads;
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.path("items").forEach(i -> ids.add(i.path("id").asText()));
        assertTrue(!ids.isEmpty(), "an empty page: " + page);
        return ids;
    }

    /** api.md's version: SHA-256 over the .drl files sorted by name, each as name, newline, bytes, newline. */
    static String version(Path folder) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".drl")).sorted().toList()) {
                digest.update(file.getFileName().toString().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) '\n');
                digest.update(Files.readAllBytes(file));
                digest.update((byte) '\n');
            }
        }
        return "sha256:" + HexFormat.of().formatHex(digest.digest());
    }

    private static String shortVersion(String version) {
        return version.substring(0, "sha256:".length() + 12);
    }

    private static Path copyOf(Path source) throws IOException {
        Path target = Files.createTempDirectory("esafety-it-rules");
        try (Stream<Path> files = Files.list(source)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, target.resolve(file.getFileName()));
            }
        }
        return target;
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
