package org.esafety.ops;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;

import org.esafety.support.IncidentRequests;

/**
 * Concurrent intake against one instance: {@code threads} clients, each posting new incidents (unique keys,
 * varied schools and categories) one after another. A client stops at its first answer other than 201 (the
 * instance is going away), at {@link #stop()}, or after {@code MAX_PER_CLIENT} requests. Every request is
 * recorded with when it started and ended and what it got, so a test can tell acknowledged from unknown.
 */
final class IntakeLoad {

    /** One request: status -1 when no HTTP answer came (connection refused or reset). */
    record Sent(String externalRef, Map<String, Object> body, long startedAt, long endedAt, int status,
                JsonNode answer, String error) {
        boolean acknowledged() {
            return status == 201 || status == 200;
        }
    }

    static final int MAX_PER_CLIENT = 400;
    private static final List<String> SCHOOLS = List.of("claines-primary", "thingwall-primary", "clifton-primary",
            "clifton-high", "offord-primary", "national-default");
    private static final List<String> CATEGORIES = List.of("CYBERBULLYING", "SELF_HARM_CONTENT",
            "EXTREMIST_MATERIAL", "ADULT_PORNOGRAPHY", "PERSONAL_DATA_BREACH", "FILTER_CIRCUMVENTION",
            "ONLINE_SEXUAL_HARASSMENT", "UNSUITABLE_CONTENT");

    private final ItClient client;
    private final String prefix;
    private final List<Thread> threads = new ArrayList<>();
    private final List<Sent> sent = Collections.synchronizedList(new ArrayList<>());
    private final AtomicBoolean stopped = new AtomicBoolean();
    private final AtomicInteger created = new AtomicInteger();

    IntakeLoad(ItClient client, String prefix, int clients) {
        this.client = client;
        this.prefix = prefix;
        for (int i = 0; i < clients; i++) {
            int index = i;
            threads.add(new Thread(() -> run(index), prefix + "-client-" + i));
        }
    }

    /** The body of the n-th incident of one client: the fixtures of the REST tests, varied. */
    static Map<String, Object> body(String externalRef, int n) {
        Map<String, Object> body = switch (n % 4) {
            case 0 -> IncidentRequests.sharingNudes();
            case 1 -> IncidentRequests.suspectedIllegalMaterial();
            default -> IncidentRequests.minimal(SCHOOLS.get(n % SCHOOLS.size()), CATEGORIES.get(n % CATEGORIES.size()));
        };
        body.put("externalRef", externalRef);
        return body;
    }

    IntakeLoad start() {
        threads.forEach(Thread::start);
        return this;
    }

    /** Waits until {@code count} incidents were created (201), or fails after a minute. */
    void awaitCreated(int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (created.get() < count) {
            if (System.nanoTime() > deadline || threads.stream().noneMatch(Thread::isAlive)) {
                throw new AssertionError("only " + created.get() + " of " + count + " incidents created; last answers: "
                        + sent.subList(Math.max(0, sent.size() - 3), sent.size()));
            }
            Thread.sleep(5);
        }
    }

    /** Stops the clients (each finishes its request in flight) and returns every request sent. */
    List<Sent> stop() throws InterruptedException {
        stopped.set(true);
        for (Thread t : threads) {
            t.join(TimeUnit.SECONDS.toMillis(90));
        }
        synchronized (sent) {
            return List.copyOf(sent);
        }
    }

    /** Waits for the clients to stop by themselves (at their first answer other than 201). */
    List<Sent> awaitEnd() throws InterruptedException {
        for (Thread t : threads) {
            t.join(TimeUnit.SECONDS.toMillis(90));
        }
        return stop();
    }

    private void run(int clientIndex) {
        for (int n = 0; n < MAX_PER_CLIENT && !stopped.get(); n++) {
            String ref = prefix + "-" + clientIndex + "-" + n;
            Map<String, Object> body = body(ref, clientIndex + n);
            long started = System.nanoTime();
            try {
                ItClient.Answer answer = client.post("/api/incidents", body);
                sent.add(new Sent(ref, body, started, System.nanoTime(), answer.status(), answer.body(), null));
                if (answer.status() != 201) {
                    return;
                }
                created.incrementAndGet();
            } catch (IOException e) {
                sent.add(new Sent(ref, body, started, System.nanoTime(), -1, null, e.toString()));
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
