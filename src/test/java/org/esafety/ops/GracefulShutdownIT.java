package org.esafety.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * Graceful shutdown (issue 8 §6): SIGTERM to the packaged instance during concurrent intake. Requests in flight
 * finish with their answer, requests arriving after shutdown began are refused (503 or no connection), nothing
 * the service stored went unanswered, and the process exits 0 promptly.
 */
class GracefulShutdownIT {

    private static final Path RULES = Path.of(System.getProperty("esafety.it.rules", "rules"));
    private static final int CLIENTS = 8;

    @Test
    void shouldFinishRequestsInFlightThenExitZeroOnSigterm() throws Exception {
        try (ItDatabase db = ItDatabase.fresh("term");
             ServiceInstance service = ServiceInstance.start("term", ServiceInstance.BASE_PORT + 20, db, RULES)
                     .awaitReady()) {
            IntakeLoad load = new IntakeLoad(ItClient.dslKey(service), "TERM", CLIENTS).start();
            load.awaitCreated(100);

            long signalled = System.nanoTime();
            service.terminate();
            int exit = service.awaitExit(60);
            long stoppedIn = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - signalled);
            List<IntakeLoad.Sent> sent = load.awaitEnd();

            assertEquals(0, exit, "exit code after SIGTERM:\n" + service.logTail());
            assertTrue(stoppedIn < 10_000, "stopped " + stoppedIn + " ms after SIGTERM");
            assertTrue(service.log().contains("SIGTERM received"), service.logTail());

            List<IntakeLoad.Sent> before = sent.stream().filter(s -> s.startedAt() < signalled).toList();
            List<IntakeLoad.Sent> after = sent.stream().filter(s -> s.startedAt() >= signalled).toList();
            // Sent before the signal: answered, 201 or (reaching the server once shutdown had begun) 503; never cut off.
            assertEquals(List.of(), before.stream().filter(s -> s.status() != 201 && s.status() != 503).toList(),
                    "requests sent before SIGTERM without their answer");
            long finishedAfterSignal = before.stream().filter(s -> s.status() == 201 && s.endedAt() > signalled).count();
            assertTrue(finishedAfterSignal > 0, "no request was in flight when SIGTERM arrived");
            // Sent after: accepted and answered (201), refused with 503, or not connected; never a server error.
            assertEquals(List.of(), after.stream().filter(s -> s.status() != 201 && s.status() != 503 && s.status() != -1)
                    .toList(), "unexpected answers during shutdown");

            Set<String> answered201 = new HashSet<>(sent.stream().filter(s -> s.status() == 201)
                    .map(IntakeLoad.Sent::externalRef).toList());
            Set<String> stored = new HashSet<>(db.strings("SELECT external_ref FROM incident"));
            assertEquals(answered201, stored, "stored incidents must be exactly those answered 201: none lost, "
                    + "none stored without its answer reaching the client");
            assertEquals(List.of(), Incidents.incomplete(db), "incidents stored without all their rows");

            Summary.report("term", "%d clients; SIGTERM after %d incidents; %d requests in flight at SIGTERM finished "
                    + "with 201; after the signal: %d answered 201, %d refused with 503, %d not connected; "
                    + "exit code %d, %d ms after SIGTERM; %d incidents stored = %d answered 201",
                    CLIENTS, before.stream().filter(s -> s.status() == 201 && s.endedAt() <= signalled).count(),
                    finishedAfterSignal, after.stream().filter(s -> s.status() == 201).count(),
                    sent.stream().filter(s -> s.status() == 503).count(), after.stream().filter(s -> s.status() == -1)
                            .count(), exit, stoppedIn, stored.size(), answered201.size());
        }
    }
}
