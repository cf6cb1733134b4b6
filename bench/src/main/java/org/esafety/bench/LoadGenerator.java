package org.esafety.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * An open-loop load generator for intake: requests are sent at a fixed arrival rate whatever the
 * answers do, and each latency is measured from the moment the request was due to be sent (not from
 * when it was sent), so that a stalled service cannot hide its queue (coordinated omission).
 *
 * <pre>java org.esafety.bench.LoadGenerator URL KEY RATES SECONDS [WARMUP_SECONDS] [SCHOOLS]</pre>
 * URL is the service's base, KEY an API key ({@code esk_…}), RATES a comma-separated list of requests
 * per second run one after the other, SCHOOLS comma-separated school ids. Prints one line per rate and
 * writes each rate's histogram (.hgrm) under bench/target/intake/. With {@code -Dbench.warm=SECONDS}, a
 * closed-loop warm-up (4 clients) runs first and is not measured.
 */
public final class LoadGenerator {

    /** One rate's result. */
    public record Result(int rate, long sent, long ok, long errors, double achieved, Histogram latency,
                         Map<String, Long> failures) {
        double ms(double percentile) {
            return latency.getValueAtPercentile(percentile) / 1000.0;
        }

        String line() {
            return String.format("rate=%d sent=%d ok=%d errors=%d achieved=%.1f/s p50=%.2fms p90=%.2fms p99=%.2fms "
                            + "p99.9=%.2fms max=%.2fms%s", rate, sent, ok, errors, achieved, ms(50), ms(90), ms(99),
                    ms(99.9), latency.getMaxValue() / 1000.0, failures.isEmpty() ? "" : " failures=" + failures);
        }
    }

    private final HttpClient client;
    private final URI intake;
    private final String key;
    private final IncidentBodies bodies;
    private final AtomicLong sequence = new AtomicLong();

    LoadGenerator(String base, String key, IncidentBodies bodies) {
        // The client's own threads answer the callbacks; one connection per request in flight, kept alive.
        ExecutorService callbacks = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "load-callback");
            t.setDaemon(true);
            return t;
        });
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(callbacks)
                .connectTimeout(Duration.ofSeconds(5)).build();
        this.intake = URI.create(base + "/api/incidents");
        this.key = key;
        this.bodies = bodies;
    }

    /** Sends {@code rate} requests a second for {@code seconds}; records only after {@code warmup} seconds. */
    Result run(int rate, int seconds, int warmup) throws InterruptedException {
        Recorder recorder = new Recorder(60_000_000L, 3);
        AtomicLong ok = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        Map<String, Long> failures = new ConcurrentHashMap<>();
        long total = (long) rate * (seconds + warmup);
        long warm = (long) rate * warmup;
        CountDownLatch done = new CountDownLatch((int) total);
        long intervalNs = 1_000_000_000L / rate;
        long start = System.nanoTime() + 50_000_000L;
        long measuredFrom = start + warm * intervalNs;
        for (long i = 0; i < total; i++) {
            long due = start + i * intervalNs;
            long wait;
            while ((wait = due - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            boolean measured = i >= warm;
            HttpRequest request = HttpRequest.newBuilder(intake).timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + key).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(bodies.body(sequence.getAndIncrement()))).build();
            client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, failure) -> {
                long latencyNs = System.nanoTime() - due;
                if (measured) {
                    recorder.recordValue(Math.min(latencyNs / 1000, 60_000_000L));
                    if (failure == null && response.statusCode() == 201) {
                        ok.incrementAndGet();
                    } else {
                        errors.incrementAndGet();
                        failures.merge(failure != null ? failure.getClass().getSimpleName()
                                : "HTTP " + response.statusCode(), 1L, Long::sum);
                    }
                }
                done.countDown();
            });
        }
        long sentAt = System.nanoTime();
        if (!done.await(60, TimeUnit.SECONDS)) {
            failures.merge("unanswered after 60 s", done.getCount(), Long::sum);
        }
        long finished = System.nanoTime();
        Histogram latency = recorder.getIntervalHistogram();
        long measuredCount = total - warm;
        // The rate of answers over the measured window (due time of the first measured request to the last answer).
        double achieved = (ok.get()) / ((Math.max(finished, sentAt) - measuredFrom) / 1e9);
        return new Result(rate, measuredCount, ok.get(), errors.get() + done.getCount(), achieved, latency,
                Map.copyOf(failures));
    }

    /**
     * Warms the service up (JIT, pools, caches) before anything is measured: {@code users} clients each send
     * one request after the other for {@code seconds}. Returns the number of requests answered 201.
     */
    long warm(int users, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        AtomicLong ok = new AtomicLong();
        List<Thread> threads = new java.util.ArrayList<>();
        for (int u = 0; u < users; u++) {
            Thread t = new Thread(() -> {
                while (System.nanoTime() < deadline) {
                    HttpRequest request = HttpRequest.newBuilder(intake).timeout(Duration.ofSeconds(30))
                            .header("Authorization", "Bearer " + key).header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(bodies.body(sequence.getAndIncrement()))).build();
                    try {
                        if (client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 201) {
                            ok.incrementAndGet();
                        }
                    } catch (IOException e) {
                        // counted as not answered
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            });
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) {
            t.join();
        }
        return ok.get();
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            System.err.println("usage: LoadGenerator URL KEY RATES SECONDS [WARMUP_SECONDS] [SCHOOLS]");
            System.exit(2);
        }
        List<Integer> rates = Arrays.stream(args[2].split(",")).map(Integer::parseInt).toList();
        int seconds = Integer.parseInt(args[3]);
        int warmup = args.length > 4 ? Integer.parseInt(args[4]) : 5;
        List<String> schools = args.length > 5 ? List.of(args[5].split(","))
                : List.of("clifton-primary", "thingwall-primary", "claines-primary", "clifton-high", "offord-primary");
        String run = Long.toString(System.currentTimeMillis(), 36);
        LoadGenerator load = new LoadGenerator(args[0], args[1], new IncidentBodies(schools, run));
        Path out = Path.of(System.getProperty("bench.out", "target/intake"));
        Files.createDirectories(out);
        int warmSeconds = Integer.getInteger("bench.warm", 0);
        if (warmSeconds > 0) {
            System.out.println("warm-up: " + load.warm(4, warmSeconds) + " incidents in " + warmSeconds
                    + " s, 4 clients one request at a time");
        }
        for (int rate : rates) {
            Result result = load.run(rate, seconds, warmup);
            System.out.println(result.line());
            try (PrintStream hgrm = new PrintStream(Files.newOutputStream(out.resolve("intake-" + rate + ".hgrm")))) {
                result.latency().outputPercentileDistribution(hgrm, 1000.0);
            } catch (IOException e) {
                System.err.println("cannot write the histogram: " + e.getMessage());
            }
            Thread.sleep(2000);
        }
    }
}
