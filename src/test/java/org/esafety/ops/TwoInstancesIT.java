package org.esafety.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Several instances, one database (issue 8 §3): two packaged instances on different ports share one PostgreSQL
 * (and one rules folder, {@link RuleReloadChecks}). The same incidents sent to both at once are stored once per
 * key, and both answer every copy with the same incident and actions.
 */
class TwoInstancesIT {

    private static final int KEYS = 40;
    /** Copies of each incident sent to each instance, all released at once. */
    private static final int COPIES = 2;

    private static RulesFolder rules;
    private static ItDatabase db;
    private static ServiceInstance a;
    private static ServiceInstance b;

    @BeforeAll
    static void twoInstances() throws Exception {
        rules = RulesFolder.copyOf(Path.of(System.getProperty("esafety.it.rules", "rules")));
        db = ItDatabase.fresh("two");
        a = ServiceInstance.start("two-a", ServiceInstance.BASE_PORT, db, rules.path());
        b = ServiceInstance.start("two-b", ServiceInstance.BASE_PORT + 1, db, rules.path());
        a.awaitReady();
        b.awaitReady();
    }

    @AfterAll
    static void stop() throws Exception {
        try (RulesFolder r = rules; ItDatabase d = db; ServiceInstance x = a; ServiceInstance y = b) {
            // closes all four, whatever happened
        }
    }

    @Test
    void shouldStoreOneIncidentPerKeyWhenBothInstancesReceiveItAtOnce() throws Exception {
        ItClient dslA = ItClient.dslKey(a);
        ItClient dslB = dslA.on(b);

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
        long stored = db.number("SELECT count(*) FROM incident WHERE external_ref LIKE 'TWO-%'");
        assertEquals(KEYS, stored);
        assertEquals(List.of(), Incidents.incomplete(db));
        String id = answers.get(0).get(0).body().path("id").asText();
        assertEquals(Incidents.actions(dslA.get("/api/incidents/" + id).body()),
                Incidents.actions(dslB.get("/api/incidents/" + id).body()));
        assertEquals(ids(dslA.get("/api/incidents?schoolId=claines-primary&size=100").body()),
                ids(dslB.get("/api/incidents?schoolId=claines-primary&size=100").body()));
        Summary.report("two-instances", "%d keys x %d copies to each of 2 instances at once: %d incidents stored, "
                + "per key one 201 and %d x 200 with the same id and actions from both", KEYS, COPIES, stored,
                2 * COPIES - 1);
    }

    @Test
    void shouldReloadRulesInstanceByInstanceAndRefuseABrokenFile() throws Exception {
        new RuleReloadChecks(a, b, db, rules).run();
    }

    /** Every key sent COPIES times to each instance, all copies released together; the answers per key. */
    private static List<List<ItClient.Answer>> sendToBoth(ItClient toA, ItClient toB) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<List<Future<ItClient.Answer>>> futures = new ArrayList<>();
            for (int k = 0; k < KEYS; k++) {
                Map<String, Object> body = IntakeLoad.body("TWO-" + k, k);
                List<Future<ItClient.Answer>> copies = new ArrayList<>();
                for (int c = 0; c < COPIES; c++) {
                    for (ItClient client : List.of(toA, toB)) {
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

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.path("items").forEach(i -> ids.add(i.path("id").asText()));
        assertTrue(!ids.isEmpty(), "an empty page: " + page);
        return ids;
    }
}
