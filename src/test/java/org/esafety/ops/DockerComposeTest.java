package org.esafety.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * No Docker engine runs on our machines, so the compose file is checked without one: Debian's
 * docker-compose must parse it, and every variable it gives the service must be a configuration key
 * the service reads. CI installs docker-compose; elsewhere the test is skipped when it is missing.
 */
class DockerComposeTest {

    private static final Path COMPOSE = Path.of("docker/compose.yml");

    @Test
    void composeFileParsesAndConfiguresTheServiceOnlyWithRealKeys() throws Exception {
        boolean available = Files.isExecutable(Path.of("/usr/bin/docker-compose"));
        if (!"true".equals(System.getenv("CI"))) {
            Assumptions.assumeTrue(available, "docker-compose is not installed (apt-get install docker-compose)");
        }
        Process process = new ProcessBuilder("docker-compose", "-f", COMPOSE.toString(), "config")
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "docker-compose config did not finish");
        assertEquals(0, process.exitValue(), "docker-compose config failed:\n" + output);

        JsonNode config = new YAMLMapper().readTree(output);
        JsonNode service = config.path("services").path("esafety");
        assertFalse(service.isMissingNode(), "the compose file has no esafety service");
        assertTrue(service.path("volumes").toString().contains("/deployments/rules:ro"),
                "rules/ must be mounted read-only");
        assertTrue(config.path("services").has("postgres"), "the compose file runs PostgreSQL");

        Properties properties = applicationProperties();
        for (Map.Entry<String, JsonNode> env : (Iterable<Map.Entry<String, JsonNode>>) service.path("environment")::fields) {
            String key = env.getKey().toLowerCase().replace('_', '.');
            boolean known = properties.stringPropertyNames().stream()
                    .anyMatch(p -> p.equals(key) || p.endsWith("." + key) && p.startsWith("%"));
            assertTrue(known, env.getKey() + " is not a configuration key of the service (" + key + ")");
        }
    }

    private static Properties applicationProperties() throws IOException {
        Properties properties = new Properties();
        try (var in = Files.newInputStream(Path.of("src/main/resources/application.properties"))) {
            properties.load(in);
        }
        return properties;
    }
}
