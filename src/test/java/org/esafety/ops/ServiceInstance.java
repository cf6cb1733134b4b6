package org.esafety.ops;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged service ({@code java -jar target/quarkus-app/quarkus-run.jar}, built by the PostgreSQL leg for
 * PostgreSQL) as its own process, configured only through environment variables, as docker/compose.yml does.
 * The {@link Process} is the java process itself, so {@code destroy()} is SIGTERM and {@code destroyForcibly()}
 * is SIGKILL to the service, not to a wrapper. Its output goes to {@code target/it-logs/<name>.log}.
 */
final class ServiceInstance implements AutoCloseable {

    /** The first of the ports the packaged-instance tests use ({@code -Desafety.it.port=...}). */
    static final int BASE_PORT = Integer.getInteger("esafety.it.port", 18100);
    /** The bootstrap admin's password (the access contract: ESAFETY_BOOTSTRAP_ADMIN_PASSWORD). */
    static final String ADMIN_PASSWORD = "it-admin-password-1";

    private static final HttpClient PROBE = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final int port;
    private final Path log;
    private final Process process;

    private ServiceInstance(String name, int port, Path log, Process process) {
        this.name = name;
        this.port = port;
        this.log = log;
        this.process = process;
    }

    /** Starts an instance on {@code port} against {@code db} with the rules of {@code rules}; does not wait. */
    static ServiceInstance start(String name, int port, ItDatabase db, Path rules) throws IOException {
        assertPortFree(port);
        Path jar = Path.of(System.getProperty("esafety.it.jar", "target/quarkus-app/quarkus-run.jar")).toAbsolutePath();
        assertTrue(Files.isRegularFile(jar), "the packaged service is missing: " + jar + " (./mvnw verify -Ppostgres builds it)");
        Path logs = Files.createDirectories(Path.of("target", "it-logs"));
        Path log = logs.resolve(name + ".log");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx320m", "-XX:TieredStopAtLevel=1", "-jar", jar.toString())
                .directory(Files.createTempDirectory("esafety-it-" + name).toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(k -> k.startsWith("QUARKUS_") || k.startsWith("ESAFETY_"));
        env.putAll(environment(port, db, rules));
        Files.writeString(log, "---- " + name + " on port " + port + "\n", StandardCharsets.UTF_8);
        return new ServiceInstance(name, port, log, builder.start());
    }

    /** The variables an operator sets (docker/compose.yml sets the same ones), plus a high intake rate limit. */
    /** One random session key per test run, the same for every instance it starts. */
    private static final String SESSION_KEY = java.util.UUID.randomUUID() + "-" + java.util.UUID.randomUUID();
    /** The audit trail's key, likewise: every instance appends to the same chains. */
    private static final String AUDIT_KEY = java.util.UUID.randomUUID() + "-" + java.util.UUID.randomUUID();

    static Map<String, String> environment(int port, ItDatabase db, Path rules) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        env.put("QUARKUS_DATASOURCE_JDBC_URL", db.jdbcUrl());
        env.put("QUARKUS_DATASOURCE_USERNAME", ItDatabase.USER);
        env.put("QUARKUS_DATASOURCE_PASSWORD", "");
        env.put("ESAFETY_RULES_DIR", rules.toAbsolutePath().toString());
        // On PostgreSQL the service refuses to start without a key (README "Security"); every instance shares it.
        env.put("QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY", SESSION_KEY);
        env.put("ESAFETY_AUDIT_KEY", AUDIT_KEY);
        env.put("ESAFETY_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
        env.put("ESAFETY_INTAKE_RATE_LIMIT", "100000");
        return env;
    }

    /** Waits until {@code /q/health/ready} answers 200; fails with the log's tail if the process dies or takes too long. */
    ServiceInstance awaitReady() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                fail(name + " exited with " + process.exitValue() + " before it was ready:\n" + logTail());
            }
            try {
                HttpResponse<String> ready = PROBE.send(HttpRequest.newBuilder(uri("/q/health/ready"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200) {
                    return this;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        fail(name + " was not ready within 120 s:\n" + logTail());
        return this;
    }

    /** Waits for the process to end by itself; its exit code, or fails after {@code seconds}. */
    int awaitExit(long seconds) throws InterruptedException {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            fail(name + " did not exit within " + seconds + " s:\n" + logTail());
        }
        return process.exitValue();
    }

    /** SIGKILL to the java process, and wait until it is gone. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        assertTrue(process.waitFor(30, TimeUnit.SECONDS), name + " survived SIGKILL");
    }

    /** SIGTERM to the java process (it is not waited for). */
    void terminate() {
        process.destroy();
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    String name() {
        return name;
    }

    long pid() {
        return process.pid();
    }

    String log() throws IOException {
        return Files.readString(log, StandardCharsets.UTF_8);
    }

    String logTail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static void assertPortFree(int port) {
        try (ServerSocket probe = new ServerSocket(port, 1, InetAddress.getByName("127.0.0.1"))) {
            probe.setReuseAddress(true);
        } catch (IOException e) {
            fail("port " + port + " is in use; set -Desafety.it.port to a free range of 30 ports");
        }
    }
}
