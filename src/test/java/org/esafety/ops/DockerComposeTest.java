package org.esafety.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * No Docker engine runs on our machines, so docker/ is checked without one: Debian's docker-compose must parse
 * the compose file; PostgreSQL keeps its data in a named volume; the service is configured only through
 * environment variables, each of which sets a run-time configuration key the service really reads
 * ({@link ConfigKeys}), with {@code rules/} mounted read-only where ESAFETY_RULES_DIR points (the Dockerfile:
 * {@link DockerfileTest}). CI installs docker-compose; elsewhere the compose checks are skipped when it is missing.
 */
class DockerComposeTest {

    private static final Path COMPOSE = Path.of("docker/compose.yml");
    static final Path PROPERTIES = Path.of("src/main/resources/application.properties");

    private static ConfigKeys keys;

    @BeforeAll
    static void keys() throws IOException {
        keys = ConfigKeys.ofService(Path.of("target/classes"), PROPERTIES);
    }

    @Test
    void shouldRunPostgresWithANamedVolumeAndTheServiceOnlyFromVariables() throws Exception {
        JsonNode config = composeConfig();
        JsonNode postgres = config.path("services").path("postgres");
        JsonNode service = config.path("services").path("esafety");
        assertFalse(postgres.isMissingNode(), "the compose file runs PostgreSQL");
        assertFalse(service.isMissingNode(), "the compose file has no esafety service");

        String data = volumeAt(postgres, "/var/lib/postgresql/data").orElseThrow(
                () -> new AssertionError("PostgreSQL's data is not on a volume: " + postgres.path("volumes")));
        String source = data.substring(0, data.indexOf(':'));
        assertTrue(config.path("volumes").has(source), "PostgreSQL's data volume must be a named volume: " + data);

        for (String field : List.of("command", "entrypoint", "env_file", "configs", "secrets")) {
            assertFalse(service.has(field), "the service is configured only through environment variables, not " + field);
        }
        assertEquals(1, service.path("volumes").size(), "the only mount is rules/: " + service.path("volumes"));
        String rulesDir = service.path("environment").path("ESAFETY_RULES_DIR").asText();
        String rules = volumeAt(service, rulesDir).orElseThrow(
                () -> new AssertionError("ESAFETY_RULES_DIR " + rulesDir + " is not mounted: " + service.path("volumes")));
        assertTrue(rules.endsWith("/rules:" + rulesDir + ":ro"), "rules/ must be mounted read-only: " + rules);

        Duration grace = Duration.parse("PT" + service.path("stop_grace_period").asText("10s").toUpperCase());
        Duration shutdown = Duration.parse("PT" + applicationProperty("quarkus.shutdown.timeout").toUpperCase());
        assertTrue(grace.compareTo(shutdown) > 0, "stop_grace_period " + grace + " must exceed quarkus.shutdown.timeout "
                + shutdown + ", or the engine kills requests in flight");
    }

    @Test
    void shouldSetOnlyRunTimeKeysOfTheServiceThroughItsVariables() throws Exception {
        JsonNode environment = composeConfig().path("services").path("esafety").path("environment");
        assertTrue(environment.size() >= 4, "the service's variables: " + environment);
        List<String> wrong = new ArrayList<>();
        environment.fieldNames().forEachRemaining(variable -> check(keys, variable, "compose.yml", wrong));
        assertEquals(List.of(), wrong);
    }

    @Test
    void shouldTellRealRunTimeKeysFromMistakes() {
        assertTrue(keys.size() > 1000, "the Quarkus configuration models were not found: " + keys.size() + " keys");
        assertEquals("quarkus.datasource.jdbc.url", keys.forVariable("QUARKUS_DATASOURCE_JDBC_URL").orElseThrow().property());
        assertEquals("esafety.rules.dir", keys.forVariable("ESAFETY_RULES_DIR").orElseThrow().property());
        assertTrue(keys.forVariable("QUARKUS_LOG_CATEGORY__ORG_DROOLS__LEVEL").orElseThrow().runtime());
        assertTrue(keys.forVariable("QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY").orElseThrow().runtime());
        assertTrue(keys.forVariable("QUARKUS_DATASOURCE_JDBC_URLL").isEmpty(), "a misspelt key");
        assertTrue(keys.forVariable("ESAFETY_RULES_FOLDER").isEmpty(), "a key the service does not have");
        assertFalse(keys.forVariable("QUARKUS_DATASOURCE_DB_KIND").orElseThrow().runtime(),
                "the database kind is fixed when the application is built");
    }

    /** Adds to {@code wrong} why {@code variable} configures nothing at run time, if it does not. */
    static void check(ConfigKeys keys, String variable, String where, List<String> wrong) {
        Optional<ConfigKeys.Key> key = keys.forVariable(variable);
        if (key.isEmpty()) {
            wrong.add(where + ": " + variable + " is not a configuration key of the service");
        } else if (!key.get().runtime()) {
            wrong.add(where + ": " + variable + " sets " + key.get().property() + ", fixed at build time ("
                    + key.get().phase() + "): it has no effect in the container");
        }
    }

    /**
     * Issue 17, finding 1: the compose file once fell back to a published session key, with which anyone could forge
     * a session cookie for the admin. Without the secrets in the environment compose now refuses to start, naming
     * each missing variable; with them it passes them through unchanged.
     */
    @Test
    void shouldRefuseToStartWithoutTheSecrets() throws Exception {
        Map<String, String> env = new HashMap<>(SECRETS);
        env.remove("ESAFETY_SESSION_ENCRYPTION_KEY");
        Run noKey = compose(env);
        assertTrue(noKey.exit() != 0, "compose must refuse to start without the session key:\n" + noKey.output());
        assertTrue(noKey.output().contains("set ESAFETY_SESSION_ENCRYPTION_KEY"), noKey.output());

        env = new HashMap<>(SECRETS);
        env.remove("ESAFETY_AUDIT_KEY");
        Run noAuditKey = compose(env);
        assertTrue(noAuditKey.exit() != 0, "compose must refuse to start without the audit key");
        assertTrue(noAuditKey.output().contains("set ESAFETY_AUDIT_KEY"), noAuditKey.output());

        env = new HashMap<>(SECRETS);
        env.remove("ESAFETY_DB_PASSWORD");
        Run noPassword = compose(env);
        assertTrue(noPassword.exit() != 0, "compose must refuse to start without the database password");
        assertTrue(noPassword.output().contains("set ESAFETY_DB_PASSWORD"), noPassword.output());

        String text = Files.readString(COMPOSE);
        assertFalse(text.contains("change-me"), "no placeholder secret may remain in the compose file");

        JsonNode service = composeConfig().path("services").path("esafety").path("environment");
        assertEquals(SECRETS.get("ESAFETY_SESSION_ENCRYPTION_KEY"),
                service.path("QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY").asText());
        assertEquals(SECRETS.get("ESAFETY_DB_PASSWORD"), service.path("QUARKUS_DATASOURCE_PASSWORD").asText());
        assertEquals(SECRETS.get("ESAFETY_AUDIT_KEY"), service.path("ESAFETY_AUDIT_KEY").asText());
    }

    /** The secrets an operator sets, as compose reads them from its environment. */
    private static final Map<String, String> SECRETS = Map.of(
            "ESAFETY_DB_PASSWORD", "db-password-for-the-compose-check",
            "ESAFETY_SESSION_ENCRYPTION_KEY", "Qm9vayBvZiBLZWxscyAtIGEgMzIrIGNoYXIga2V5",
            "ESAFETY_AUDIT_KEY", "YXVkaXQga2V5IGZvciB0aGUgY29tcG9zZSBjaGVjaw");

    private record Run(int exit, String output) {
    }

    private static JsonNode composeConfig() throws Exception {
        Run run = compose(SECRETS);
        assertEquals(0, run.exit(), "docker-compose config failed:\n" + run.output());
        return new YAMLMapper().readTree(run.output());
    }

    private static Run compose(Map<String, String> secrets) throws Exception {
        boolean available = Files.isExecutable(Path.of("/usr/bin/docker-compose"));
        if (!"true".equals(System.getenv("CI"))) {
            Assumptions.assumeTrue(available, "docker-compose is not installed (apt-get install docker-compose)");
        }
        ProcessBuilder builder = new ProcessBuilder("docker-compose", "-f", COMPOSE.toString(), "config");
        builder.environment().keySet().removeIf(k -> k.startsWith("ESAFETY_"));
        builder.environment().putAll(secrets);
        Process process = builder.redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "docker-compose config did not finish");
        return new Run(process.exitValue(), output);
    }

    /** The volume of a service (as docker-compose config prints it, source:target[:mode]) mounted at target. */
    private static Optional<String> volumeAt(JsonNode service, String target) {
        for (JsonNode volume : service.path("volumes")) {
            String text = volume.asText();
            String[] parts = text.split(":");
            if (parts.length >= 2 && parts[1].equals(target)) {
                return Optional.of(text);
            }
        }
        return Optional.empty();
    }

    private static String applicationProperty(String key) throws IOException {
        Properties properties = new Properties();
        try (var in = Files.newInputStream(PROPERTIES)) {
            properties.load(in);
        }
        return properties.getProperty(key);
    }
}
