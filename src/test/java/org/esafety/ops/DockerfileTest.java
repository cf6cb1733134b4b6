package org.esafety.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** docker/Dockerfile: a non-root user, a readiness health check, and only real run-time keys in its ENV. */
class DockerfileTest {

    private static final Path DOCKERFILE = Path.of("docker/Dockerfile");

    @Test
    void shouldRunTheImageAsANonRootUserWithAHealthCheck() throws IOException {
        List<String> lines = instructions();
        String user = lines.stream().filter(l -> l.startsWith("USER ")).reduce((x, y) -> y)
                .map(l -> l.substring(5).trim()).orElse("root");
        assertFalse(user.equals("root") || user.equals("0") || user.startsWith("0:") || user.startsWith("root:"),
                "the image runs as root: USER " + user);
        String health = lines.stream().filter(l -> l.startsWith("HEALTHCHECK ")).findFirst()
                .orElseThrow(() -> new AssertionError("the Dockerfile has no HEALTHCHECK"));
        assertTrue(health.contains("/q/health/ready"), "the health check asks readiness: " + health);
    }

    @Test
    void shouldSetOnlyRunTimeKeysOfTheServiceInItsEnvironment() throws IOException {
        ConfigKeys keys = ConfigKeys.ofService(Path.of("target/classes"), DockerComposeTest.PROPERTIES);
        List<String> variables = new ArrayList<>();
        Matcher m = Pattern.compile("([A-Z][A-Z0-9_]*)=").matcher("");
        for (String line : instructions()) {
            if (line.startsWith("ENV ")) {
                m.reset(line);
                while (m.find()) {
                    variables.add(m.group(1));
                }
            }
        }
        // JAVA_*, TZ and LANGUAGE belong to the base image's launcher, not to the service.
        List<String> service = variables.stream().filter(v -> v.startsWith("ESAFETY_") || v.startsWith("QUARKUS_")).toList();
        assertFalse(service.isEmpty(), "the Dockerfile sets no variable of the service: " + variables);
        List<String> wrong = new ArrayList<>();
        service.forEach(v -> DockerComposeTest.check(keys, v, "Dockerfile", wrong));
        assertEquals(List.of(), wrong);
    }

    /** The Dockerfile's instructions, continuation lines joined, comments dropped. */
    private static List<String> instructions() throws IOException {
        List<String> instructions = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : Files.readAllLines(DOCKERFILE)) {
            if (line.strip().startsWith("#")) {
                continue;
            }
            current.append(line.strip());
            if (line.endsWith("\\")) {
                current.setLength(current.length() - 1);
                current.append(' ');
            } else if (current.length() > 0) {
                instructions.add(current.toString());
                current.setLength(0);
            }
        }
        return instructions;
    }
}
