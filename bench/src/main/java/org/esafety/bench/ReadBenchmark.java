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
 * ({@code GET /api/actions?schoolId=…&status=OPEN&overdue=true}), one school's incident list
 * ({@code GET /api/incidents?schoolId=…}), one incident's page ({@code GET /api/incidents/{id}}), a pupil's
 * chronology ({@code GET /api/pupils/{ref}/chronology?schoolId=…}), a school year's governors' report
 * ({@code GET /api/reports/summary?schoolId=…&from=…&to=…}) and the inspection-day list of the same year
 * ({@code GET /api/reports/inspection?…}), each over random schools, incidents and pupils of the seeded database.
 * Every answer must be 200. Each line ends with the target of issue 20 (item 7), met or missed, where there is one.
 *
 * <p>The pupils are the 1,000 (school, party ref) pairs with the most incidents: the {@link Seeder} names party
 * {@code p} of incident {@code n} {@code p-<n mod 1000>-<p>}, so a ref recurs at a school about INCIDENTS ÷ (1,000 ×
 * SCHOOLS) times on average (twice at a million incidents over 500 schools), some pupils many more times.
 *
 * <pre>java org.esafety.bench.ReadBenchmark URL KEY JDBC_URL [REQUESTS] [WARMUP] [YEAR_FROM] [YEAR_TO]</pre>
 * The two reports send a fifth of REQUESTS and WARMUP each (a year's report reads thousands of rows).
 * YEAR_FROM and YEAR_TO (dates, both included) are the report's year: by default the school year 2025-09-01 to
 * 2026-08-31, inside the seeder's three years before 2026-11-23.
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

    /** One pupil: a party ref at a school, and how many of the school's incidents name it. */
    private record Pupil(String school, String ref, int incidents) {
    }

    private Histogram measure(String name, int requests, int warmup, IntFunction<String> path) throws Exception {
        return measure(name, requests, warmup, path, 0);
    }

    /** Measures one kind of read; {@code targetP95Ms} above zero prints the target beside the figures. */
    private Histogram measure(String name, int requests, int warmup, IntFunction<String> path, double targetP95Ms)
            throws Exception {
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
        double p95 = latency.getValueAtPercentile(95) / 1000.0;
        String target = targetP95Ms <= 0 ? "" : String.format(" target p95<=%.0fms %s", targetP95Ms,
                p95 <= targetP95Ms ? "met" : "MISSED");
        System.out.printf("%s requests=%d p50=%.2fms p95=%.2fms p99=%.2fms max=%.2fms mean_body=%d bytes%s%n", name,
                requests, latency.getValueAtPercentile(50) / 1000.0, p95,
                latency.getValueAtPercentile(99) / 1000.0, latency.getMaxValue() / 1000.0, bytes / requests, target);
        return latency;
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String key = args[1];
        int requests = args.length > 3 ? Integer.parseInt(args[3]) : 1000;
        int warmup = args.length > 4 ? Integer.parseInt(args[4]) : 200;
        String yearFrom = args.length > 5 ? args[5] : "2025-09-01";
        String yearTo = args.length > 6 ? args[6] : "2026-08-31";
        List<String> schools = new ArrayList<>();
        List<String> incidents = new ArrayList<>();
        List<Pupil> pupils = new ArrayList<>();
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
            try (ResultSet r = s.executeQuery("select i.school_id, p.ref, count(*) from incident_party p"
                    + " join incident i on i.id = p.incident_id where p.ref is not null and p.replaced_at is null"
                    + " group by i.school_id, p.ref order by 3 desc, 1, 2 limit 1000")) {
                while (r.next()) {
                    pupils.add(new Pupil(r.getString(1), r.getString(2), r.getInt(3)));
                }
            }
        }
        if (pupils.isEmpty()) {
            throw new IllegalStateException("no party with a ref in the database: nothing for the chronology");
        }
        System.out.printf("pupils for the chronology: %d (school, ref) pairs with %d to %d incidents each, mean %.1f%n",
                pupils.size(), pupils.get(pupils.size() - 1).incidents(), pupils.get(0).incidents(),
                pupils.stream().mapToInt(Pupil::incidents).average().orElse(0));
        Random random = new Random(20261123L);
        ReadBenchmark bench = new ReadBenchmark(base, key);
        bench.measure("board", requests, warmup,
                i -> "/api/actions?schoolId=" + schools.get(random.nextInt(schools.size())) + "&status=OPEN&overdue=true");
        bench.measure("incidents-list", requests, warmup,
                i -> "/api/incidents?schoolId=" + schools.get(random.nextInt(schools.size())), 50);
        bench.measure("incident-page", requests, warmup,
                i -> "/api/incidents/" + incidents.get(random.nextInt(incidents.size())));
        bench.measure("pupil-chronology", requests, warmup, i -> {
            Pupil pupil = pupils.get(random.nextInt(pupils.size()));
            return "/api/pupils/" + pupil.ref() + "/chronology?schoolId=" + pupil.school();
        }, 50);
        // A year's report reads thousands of rows per request: a fifth as many requests (200 of 1,000 by default).
        int reports = Math.max(1, requests / 5);
        int reportWarmup = Math.max(1, warmup / 5);
        String year = "&from=" + yearFrom + "&to=" + yearTo;
        bench.measure("year-report", reports, reportWarmup,
                i -> "/api/reports/summary?schoolId=" + schools.get(random.nextInt(schools.size())) + year, 1000);
        bench.measure("inspection-list", reports, reportWarmup,
                i -> "/api/reports/inspection?schoolId=" + schools.get(random.nextInt(schools.size())) + year);
    }
}
