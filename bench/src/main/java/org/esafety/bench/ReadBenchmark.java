package org.esafety.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.IntFunction;

import org.HdrHistogram.Histogram;

/**
 * The reads at scale, one request at a time (what one person's page waits for): the board query
 * ({@code GET /api/actions?schoolId=…&status=OPEN&overdue=true}), the incidents list
 * ({@code GET /api/incidents?schoolId=…}) and one incident's page ({@code GET /api/incidents/{id}}), each over
 * random schools and incidents of the seeded database. Every answer must be 200.
 *
 * <pre>java org.esafety.bench.ReadBenchmark URL KEY JDBC_URL [REQUESTS] [WARMUP]</pre>
 */
public final class ReadBenchmark {

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final String key;

    ReadBenchmark(String base, String key) {
        this.base = base;
        this.key = key;
    }

    private Histogram measure(String name, int requests, int warmup, IntFunction<String> path) throws Exception {
        Histogram latency = new Histogram(60_000_000L, 3);
        long bytes = 0;
        for (int i = 0; i < warmup + requests; i++) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + path.apply(i)))
                    .header("Authorization", "Bearer " + key).timeout(Duration.ofSeconds(30)).GET().build();
            long start = System.nanoTime();
            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            long micros = (System.nanoTime() - start) / 1000;
            if (response.statusCode() != 200) {
                throw new IllegalStateException(name + ": " + request.uri() + " answered " + response.statusCode() + " "
                        + new String(response.body()));
            }
            if (i >= warmup) {
                latency.recordValue(micros);
                bytes += response.body().length;
            }
        }
        System.out.printf("%s requests=%d p50=%.2fms p95=%.2fms p99=%.2fms max=%.2fms mean_body=%d bytes%n", name,
                requests, latency.getValueAtPercentile(50) / 1000.0, latency.getValueAtPercentile(95) / 1000.0,
                latency.getValueAtPercentile(99) / 1000.0, latency.getMaxValue() / 1000.0, bytes / requests);
        return latency;
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String key = args[1];
        int requests = args.length > 3 ? Integer.parseInt(args[3]) : 1000;
        int warmup = args.length > 4 ? Integer.parseInt(args[4]) : 200;
        List<String> schools = new ArrayList<>();
        List<String> incidents = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(args[2], "postgres", "");
             Statement s = db.createStatement()) {
            try (ResultSet r = s.executeQuery("select distinct school_id from incident order by 1")) {
                while (r.next()) {
                    schools.add(r.getString(1));
                }
            }
            try (ResultSet r = s.executeQuery("select id from incident tablesample bernoulli (1) repeatable (20261123)")) {
                while (r.next()) {
                    incidents.add(r.getString(1));
                }
            }
        }
        Random random = new Random(20261123L);
        ReadBenchmark bench = new ReadBenchmark(base, key);
        bench.measure("board", requests, warmup,
                i -> "/api/actions?schoolId=" + schools.get(random.nextInt(schools.size())) + "&status=OPEN&overdue=true");
        bench.measure("incidents-list", requests, warmup,
                i -> "/api/incidents?schoolId=" + schools.get(random.nextInt(schools.size())));
        bench.measure("incident-page", requests, warmup,
                i -> "/api/incidents/" + incidents.get(random.nextInt(incidents.size())));
    }
}
